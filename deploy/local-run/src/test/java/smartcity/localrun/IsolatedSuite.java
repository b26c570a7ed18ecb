package smartcity.localrun;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One private copy of the whole suite (embedded MariaDB, the three packaged services, the demo scenario), started the
 * way {@code deploy/run.sh} starts it, on ports free at test time, with its keys, database binaries and logs in its own
 * folder. The scenario tests share one ({@link ScenarioSuite}); a test that writes freely ({@code HostileInputIT}) or
 * breaks things on purpose ({@link FaultSuite}) has its own, so the scenario's exact figures are never disturbed.
 * <p>
 * A shutdown hook stops it should the JVM be told to exit early; a failed start prints the end of each service's log.
 */
final class IsolatedSuite implements AutoCloseable {

    private static final List<String> SERVICES = List.of("agency-service", "committee-service", "reporting-service");

    private final LocalRun run;
    private final Settings settings;
    private final Thread stopOnExit;

    private IsolatedSuite(LocalRun run, Settings settings, Thread stopOnExit) {
        this.run = run;
        this.settings = settings;
        this.stopOnExit = stopOnExit;
    }

    /** A suite whose folder is {@code target/<name>}, beside the scenario test's. */
    static IsolatedSuite start(String name) {
        Path scenarioDir = Path.of(System.getProperty("smartcity.scenario-test.dir", "target/scenario-test")).toAbsolutePath();
        return start(name, scenarioDir.resolveSibling(name));
    }

    static IsolatedSuite start(String name, Path workDir) {
        Path home = Path.of(System.getProperty("smartcity.home", "../..")).toAbsolutePath().normalize();
        int[] port = freePorts(7);
        Settings settings = Settings.embedded(home, workDir, port[0], port[1], port[2], port[3], port[4], port[5], port[6]);
        LocalRun run = new LocalRun(settings);
        Thread stopOnExit = new Thread(run::stop, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        IsolatedSuite suite = new IsolatedSuite(run, settings, stopOnExit);
        try {
            run.start();
        } catch (Exception e) {
            System.err.println(suite.logTails());
            suite.close();
            throw new IllegalStateException("The " + name + " suite did not start: " + e.getMessage(), e);
        }
        return suite;
    }

    /** The launcher that runs it: its services and database, for the tests that stop and start them. */
    LocalRun run() {
        return run;
    }

    /** Where the service answers, e.g. {@code http://127.0.0.1:41234}. */
    URI baseUri(String service) {
        return run.services().get(service).baseUri();
    }

    /** Where the service's health and metrics answer (its management interface). */
    URI managementUri(String service) {
        return run.services().get(service).managementUri();
    }

    /** The repository's root: each service's OpenAPI document is in {@code <service>/openapi/}. */
    Path home() {
        return settings.home();
    }

    /** How it was started: its folder, its ports. */
    Settings settings() {
        return settings;
    }

    /** JDBC URL of a service's database ({@code agency}, {@code committee}, {@code reporting}) on the embedded server. */
    String jdbcUrl(String database) {
        return settings.jdbcUrl(database);
    }

    String dbUser() {
        return run.dbUser();
    }

    String dbPassword() {
        return run.dbPassword();
    }

    /** A connection to one service's database, for checks that read what a service stored. */
    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(name), dbUser(), dbPassword());
    }

    /** A bearer token the running services accept, as {@code deploy/token.sh ROLE [AGENCY_ID]} mints it. */
    String token(String role, String agencyId) {
        try {
            return LocalTokens.in(settings.workDir().resolve("keys")).mint(role, agencyId);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("no token for " + role + ": " + e.getMessage(), e);
        }
    }

    /** The last lines of each service's log, read from its file: it is there even when a service never started. */
    String logTails() {
        StringBuilder text = new StringBuilder();
        for (String service : SERVICES) {
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

    /** Stops everything it started; stopping twice is harmless. */
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
            throw new IllegalStateException("no free ports for the suite", e);
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
