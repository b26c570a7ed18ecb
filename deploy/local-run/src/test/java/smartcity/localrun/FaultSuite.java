package smartcity.localrun;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A second, private copy of the whole suite for the fault-injection tests ({@code *FaultIT}): its own embedded
 * MariaDB and three packaged services on ports free at test time, the demo scenario loaded, its keys, database binaries
 * and logs in {@code target/fault-test}. The tests stop, kill and restart its processes and its database, so the scenario
 * tests' suite ({@link ScenarioSuite}), which asserts exact figures, is never touched.
 * <p>
 * Started once for every fault test class of the test run, stopped when the run ends (a shutdown hook stops it too
 * should the JVM exit early). A failed test prints the end of each service's log. A fault test must leave the suite as it
 * found it (every process running) however it ends, so that the next one starts from a working suite.
 */
final class FaultSuite implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FaultSuite.class);

    /** How long a service may take to start on this shared machine (the launcher allows as much). */
    static final Duration START_WITHIN = Duration.ofSeconds(120);

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
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** What one HTTP exchange gave: the status and body, the headers a fault test looks at, and how long it took. */
    record Answer(int status, String contentType, Optional<String> retryAfter, Optional<String> etag, String body,
            Duration elapsed) {

        JsonPath json() {
            return JsonPath.from(body);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " in " + elapsed.toMillis() + " ms: "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** The running fault suite: where each service answers, and the faults a test can inject. */
    static final class Running implements AutoCloseable {

        /**
         * Longer than any bound a service sets itself (the JDBC socket timeout is 30 s), so that a request the service
         * never answers shows as a client-side timeout instead of blocking the test.
         */
        static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

        private final IsolatedSuite suite;
        private final LocalRun run;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> tokens = new ConcurrentHashMap<>();

        private Running(IsolatedSuite suite) {
            this.suite = suite;
            this.run = suite.run();
        }

        static Running start() {
            return new Running(IsolatedSuite.start("fault",
                    Path.of(System.getProperty("smartcity.fault-test.dir", "target/fault-test"))));
        }

        URI baseUri(String service) {
            return run.service(service).baseUri();
        }

        /** Where the service's health and metrics answer (its management interface). */
        URI managementUri(String service) {
            return run.service(service).managementUri();
        }

        /** A bearer token the running services accept. */
        String token(String role) {
            // minted once per role: a token is valid for hours, and signing one per request would load the client
            return tokens.computeIfAbsent(role, key -> suite.token(key, null));
        }

        /** A request to the service as the secretariat, JSON both ways, with the fault tests' client timeout. */
        HttpRequest.Builder request(String service, String method, String path, String json) {
            return HttpRequest.newBuilder(baseUri(service).resolve(path))
                    .timeout(CLIENT_TIMEOUT)
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token("secretariat"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }

        Answer get(String service, String path) {
            return send(HttpRequest.newBuilder(baseUri(service).resolve(path)).timeout(CLIENT_TIMEOUT)
                    .header("Accept", "application/json").GET().build());
        }

        Answer send(String service, String method, String path, String json) {
            return send(request(service, method, path, json).build());
        }

        /**
         * Sends and times the exchange. A client-side timeout is a test failure here (the service hung); a refused
         * connection is thrown as it is, for the tests that expect one.
         */
        Answer send(HttpRequest request) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After"), response.headers().firstValue("ETag"),
                        response.body(), elapsed);
            } catch (HttpTimeoutException e) {
                throw new AssertionError(request.method() + " " + request.uri() + " got no answer within "
                        + request.timeout().orElse(CLIENT_TIMEOUT).toSeconds() + " s", e);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The service's current process id: a restart gives a new one, a recovery without restart keeps it. */
        long pid(String service) {
            return run.service(service).pid();
        }

        /** Whether the service's process is alive (it may still be starting). */
        boolean isRunning(String service) {
            return run.service(service).isAlive();
        }

        void stopService(String service) {
            run.stopService(service);
        }

        void killService(String service) {
            run.killService(service);
        }

        void startServiceAgain(String service) throws Exception {
            run.startServiceAgain(service, START_WITHIN);
        }

        void stopDatabase() throws Exception {
            run.stopDatabase();
        }

        void startDatabaseAgain() throws Exception {
            run.startDatabaseAgain();
        }

        boolean databaseRunning() {
            return run.embeddedDatabase().pid().isPresent();
        }

        /** A connection to one service's database, for checks that read what a service stored. */
        Connection database(String name) throws SQLException {
            return suite.database(name);
        }

        String logTails() {
            return suite.logTails();
        }

        @Override
        public void close() {
            suite.close();
        }
    }
}
