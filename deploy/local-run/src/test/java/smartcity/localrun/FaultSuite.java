package smartcity.localrun;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

        private final LocalRun run;
        private final Settings settings;
        private final Thread stopOnExit;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> tokens = new ConcurrentHashMap<>();

        private Running(LocalRun run, Settings settings, Thread stopOnExit) {
            this.run = run;
            this.settings = settings;
            this.stopOnExit = stopOnExit;
        }

        static Running start() {
            Path home = Path.of(System.getProperty("smartcity.home", "../..")).toAbsolutePath().normalize();
            Path workDir = Path.of(System.getProperty("smartcity.fault-test.dir", "target/fault-test"));
            int[] port = freePorts(4);
            Settings settings = Settings.embedded(home, workDir, port[0], port[1], port[2], port[3]);
            LocalRun run = new LocalRun(settings);
            Thread stopOnExit = new Thread(run::stop, "fault-suite-shutdown");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            try {
                run.start();
            } catch (Exception e) {
                Running failed = new Running(run, settings, stopOnExit);
                System.err.println(failed.logTails());
                failed.close();
                throw new IllegalStateException("The fault suite did not start: " + e.getMessage(), e);
            }
            return new Running(run, settings, stopOnExit);
        }

        URI baseUri(String service) {
            return run.service(service).baseUri();
        }

        /** A bearer token the running services accept. */
        String token(String role) {
            // minted once per role: a token is valid for hours, and signing one per request would load the client
            return tokens.computeIfAbsent(role, key -> {
                try {
                    return LocalTokens.in(settings.workDir().resolve("keys")).mint(key, null);
                } catch (IOException | GeneralSecurityException e) {
                    throw new IllegalStateException("no token for " + key + ": " + e.getMessage(), e);
                }
            });
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
            return DriverManager.getConnection(settings.jdbcUrl(name), settings.dbUser(), settings.dbPassword());
        }

        String logTails() {
            StringBuilder text = new StringBuilder();
            for (String service : List.of("agency-service", "committee-service", "reporting-service")) {
                Path log = settings.workDir().resolve("logs").resolve(service + ".log");
                try {
                    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no log)");
                    text.append(String.format("%n--- %s, last lines of %s ---%n%s%n", service, log,
                            String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))));
                } catch (IOException e) {
                    text.append(String.format("%n--- %s: %s could not be read: %s%n", service, log, e.getMessage()));
                }
            }
            return text.toString();
        }

        @Override
        public void close() {
            run.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs, or has run, stop() itself; stopping twice is harmless
            }
        }

        /** Distinct ports that are free now: all sockets are held open until every port is chosen. */
        private static int[] freePorts(int count) {
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                int[] ports = new int[count];
                for (int i = 0; i < count; i++) {
                    ServerSocket socket = new ServerSocket(0);
                    sockets.add(socket);
                    ports[i] = socket.getLocalPort();
                }
                return ports;
            } catch (IOException e) {
                throw new IllegalStateException("no free ports for the fault suite", e);
            } finally {
                sockets.forEach(socket -> {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // the port is free again either way
                    }
                });
            }
        }
    }
}
