package smartcity.localrun;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The whole suite, started once for all scenario tests in the test JVM, the way {@code deploy/run.sh} starts it: the
 * launcher's own code starts an embedded MariaDB and the three packaged services (as child processes) and loads the
 * demo scenario through their APIs. Everything runs on ports free at test time, with its keys, database binaries and
 * logs in {@code target/scenario-test}, so a developer's own run (3307, 8081-8083) is left alone.
 * <p>
 * Everything is stopped when the test run ends, whatever its outcome; a shutdown hook stops it too should the JVM be
 * told to exit early. A failed test, or a failed start, prints the end of each service's log.
 * <p>
 * A test class uses it with {@code @ExtendWith(ScenarioSuite.class)} and takes a {@link Running} as a parameter.
 */
final class ScenarioSuite implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ScenarioSuite.class);
    private static final List<String> SERVICES = List.of("agency-service", "committee-service", "reporting-service");

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Running running = context.getRoot().getStore(NAMESPACE).get(Running.class, Running.class);
        if (running != null) {
            System.err.println(running.logTails());
        }
    }

    private static Running running(ExtensionContext context) {
        // the root store: one suite for every test class; JUnit closes it (AutoCloseable) when the run ends
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** The running suite: where each service answers, and a way to load the scenario again. */
    static final class Running implements AutoCloseable {

        private final IsolatedSuite suite;

        private Running(IsolatedSuite suite) {
            this.suite = suite;
        }

        static Running start() {
            Path home = Path.of(System.getProperty("smartcity.home", "../..")).toAbsolutePath().normalize();
            describeApplications(home);
            return new Running(IsolatedSuite.start("scenario",
                    Path.of(System.getProperty("smartcity.scenario-test.dir", "target/scenario-test"))));
        }

        RequestSpecification agency() {
            return spec("agency-service");
        }

        RequestSpecification committee() {
            return spec("committee-service");
        }

        RequestSpecification reporting() {
            return spec("reporting-service");
        }

        /** Where the service answers, e.g. {@code http://127.0.0.1:41234}. */
        java.net.URI baseUri(String service) {
            return suite.baseUri(service);
        }

        /** Where the service's health and metrics answer (its management interface). */
        java.net.URI managementUri(String service) {
            return suite.managementUri(service);
        }

        /** The repository's root: each service's OpenAPI document is in {@code <service>/openapi/}. */
        Path home() {
            return suite.home();
        }

        /** How the suite was started: its folder, its ports. */
        Settings settings() {
            return suite.settings();
        }

        /** The account the services use on the embedded database. */
        String dbUser() {
            return suite.dbUser();
        }

        String dbPassword() {
            return suite.dbPassword();
        }

        /** A bearer token the running services accept, as {@code deploy/token.sh ROLE [AGENCY_ID]} mints it. */
        String token(String role, String agencyId) {
            return suite.token(role, agencyId);
        }

        /** Loads the demo scenario once more, as running {@code deploy/run.sh} against a database that kept its data would. */
        DemoScenario.Loaded loadScenarioAgain() throws Exception {
            return suite.run().loadDemo();
        }

        String logTails() {
            return suite.logTails();
        }

        @Override
        public void close() {
            suite.close();
        }

        private RequestSpecification spec(String service) {
            return new RequestSpecBuilder()
                    .setBaseUri(suite.baseUri(service).toString())
                    .setAccept(ContentType.JSON)
                    .setConfig(RestAssuredConfig.config()
                            // exact decimals: 20.9 is compared as 20.9, not as a float near it
                            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                            .httpClient(HttpClientConfig.httpClientConfig()
                                    .setParam("http.connection.timeout", 5_000)
                                    .setParam("http.socket.timeout", 30_000)))
                    .build();
        }

        /** Which packaged applications the test runs, and when they were built, so that a stale build shows. */
        private static void describeApplications(Path home) {
            for (String service : SERVICES) {
                Path app = home.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
                try {
                    FileTime built = Files.getLastModifiedTime(app);
                    System.out.printf("Scenario test runs %s (built %s)%n", home.relativize(app), built);
                } catch (IOException missing) {
                    System.out.printf("Scenario test: %s is missing; the services must be packaged first%n", app);
                }
            }
        }
    }
}
