package smartcity.localrun;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * A second, private copy of the whole suite (embedded MariaDB, the three packaged services, the demo scenario) for a
 * test that writes freely: what it creates, dissolves or closes is never seen by the scenario tests, which count what
 * the scenario made on the shared {@link ScenarioSuite}. It runs on its own free ports, with its own keys, database
 * binaries and logs in a sibling of the scenario test's folder ({@code target/<name>}), and its test JDBC access to the
 * database is the point: a test can compare the services' tables before and after a request.
 */
final class IsolatedSuite implements AutoCloseable {

    private final LocalRun run;
    private final Settings settings;
    private final Thread stopOnExit;

    private IsolatedSuite(LocalRun run, Settings settings, Thread stopOnExit) {
        this.run = run;
        this.settings = settings;
        this.stopOnExit = stopOnExit;
    }

    static IsolatedSuite start(String name) {
        Path home = Path.of(System.getProperty("smartcity.home", "../..")).toAbsolutePath().normalize();
        Path scenarioDir = Path.of(System.getProperty("smartcity.scenario-test.dir", "target/scenario-test")).toAbsolutePath();
        int[] port = freePorts(4);
        Settings settings = Settings.embedded(home, scenarioDir.resolveSibling(name), port[0], port[1], port[2], port[3]);
        LocalRun run = new LocalRun(settings);
        Thread stopOnExit = new Thread(run::stop, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            run.start();
        } catch (Exception e) {
            IsolatedSuite failed = new IsolatedSuite(run, settings, stopOnExit);
            System.err.println(failed.logTails());
            failed.close();
            throw new IllegalStateException("The isolated suite did not start: " + e.getMessage(), e);
        }
        return new IsolatedSuite(run, settings, stopOnExit);
    }

    URI baseUri(String service) {
        return run.services().get(service).baseUri();
    }

    /** The repository's root: each service's OpenAPI document is in {@code <service>/openapi/}. */
    Path home() {
        return settings.home();
    }

    /** JDBC URL of a service's database ({@code agency}, {@code committee}, {@code reporting}) on the embedded server. */
    String jdbcUrl(String database) {
        return settings.jdbcUrl(database);
    }

    String dbUser() {
        return settings.dbUser();
    }

    String dbPassword() {
        return settings.dbPassword();
    }

    /** A bearer token the running services accept, as {@code deploy/token.sh ROLE [AGENCY_ID]} mints it. */
    String token(String role, String agencyId) {
        try {
            return LocalTokens.in(settings.workDir().resolve("keys")).mint(role, agencyId);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("no token for " + role + ": " + e.getMessage(), e);
        }
    }

    String logTails() {
        StringBuilder text = new StringBuilder();
        run.services().values().forEach(service -> text.append(String.format("%n--- %s, last lines of %s ---%n%s%n",
                service.name(), service.log(), service.tail())));
        return text.toString();
    }

    @Override
    public void close() {
        run.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs, or has run, stop() itself
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
            throw new IllegalStateException("no free ports for the isolated suite", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free again either way
                }
            }
        }
    }
}
