package smartcity.localrun;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The suite on one machine: a MariaDB (embedded unless {@code SMARTCITY_DB_HOST} names one), one database per
 * service, the three services as child processes, the demo scenario, and the URLs to open. Ctrl-C (or SIGTERM) stops
 * every child and the embedded database before the launcher exits.
 */
public final class LocalRun {

    private static final List<String> SERVICES = List.of("agency-service", "committee-service", "reporting-service");

    private final Settings settings;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private LocalTokens tokens;
    private EmbeddedMariaDb embeddedDb;
    private LauncherLock lock;
    private String dbUser;
    private String dbPassword;
    private final CountDownLatch stopped = new CountDownLatch(1);

    LocalRun(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment(System.getenv());
        if (args.length > 0 && args[0].equals("token")) {
            printToken(settings, args);
            return;
        }
        LocalRun run = new LocalRun(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "local-run-shutdown"));
        try {
            run.start();
        } catch (Exception e) {
            System.err.println("\nThe suite did not start: " + e.getMessage());
            System.exit(1);
        }
        printWelcome(run.services);
        run.superviseUntilStopped();
    }

    /** {@code token ROLE [AGENCY_ID]}: prints a bearer token the local services accept. */
    private static void printToken(Settings settings, String[] args) throws Exception {
        String role = args.length > 1 ? args[1] : "secretariat";
        String agencyId = args.length > 2 ? args[2] : null;
        try {
            LocalTokens.validateRequest(role, agencyId);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\nusage: deploy/token.sh secretariat|admin|agency-editor [AGENCY_ID]");
            System.exit(2);
        }
        System.out.println(LocalTokens.in(keyDirectory(settings)).mint(role, agencyId));
    }

    private static Path keyDirectory(Settings settings) {
        return settings.workDir().resolve("keys");
    }

    /**
     * Starts the database (unless an external one is configured), the three services, and loads the demo scenario
     * when asked. When it fails part-way, {@link #stop()} still stops whatever it had started.
     */
    void start() throws Exception {
        Map<String, Integer> claimed = new LinkedHashMap<>();
        for (String name : SERVICES) {
            claimed.put(name, settings.port(name));
            claimed.put(name + " (management)", settings.managementPort(name));
        }
        if (settings.externalDbHost().isEmpty()) {
            claimed.put("the embedded MariaDB", settings.dbPort());
        }
        // before anything is written: a second launcher on this folder or these ports stops here
        lock = LauncherLock.claim(settings.workDir(), settings.bindAddress(), claimed);
        tokens = LocalTokens.in(keyDirectory(settings));
        if (settings.externalDbHost().isPresent()) {
            System.out.printf("Using the MariaDB server at %s:%d%n", settings.dbHost(), settings.dbPort());
            dbUser = settings.dbUser();
            dbPassword = settings.dbPassword();
        } else {
            System.out.printf("Starting an embedded MariaDB on 127.0.0.1:%d (data in %s) ...%n", settings.dbPort(),
                    settings.workDir().resolve("db"));
            embeddedDb = EmbeddedMariaDb.start(settings.dbPort(), settings.workDir().resolve("mariadb"),
                    settings.workDir().resolve("db"));
            dbUser = embeddedDb.user();
            dbPassword = embeddedDb.password();
        }
        createDatabases();

        Path logs = settings.workDir().resolve("logs");
        String serviceUrl = "http://" + settings.serviceHost() + ":";
        for (String name : SERVICES) {
            String database = name.substring(0, name.indexOf('-'));
            Map<String, String> env = new LinkedHashMap<>();
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString());
            env.put("MP_JWT_VERIFY_ISSUER", LocalTokens.ISSUER);
            env.put("MP_JWT_VERIFY_AUDIENCES", LocalTokens.AUDIENCE);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", dbUser);
            env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword);
            env.put("QUARKUS_HTTP_HOST", settings.bindAddress());
            env.put("QUARKUS_MANAGEMENT_HOST", settings.bindAddress());
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(settings.managementPort(name)));
            env.put("SMARTCITY_AGENCY_URL", serviceUrl + settings.agencyPort());
            env.put("SMARTCITY_COMMITTEE_URL", serviceUrl + settings.committeePort());
            System.out.printf("Starting %s on %s:%d, health and metrics on :%d (log: %s)%n", name, settings.bindAddress(),
                    settings.port(name), settings.managementPort(name), logs.resolve(name + ".log"));
            services.put(name, ServiceProcess.start(name, settings.home(), settings.serviceHost(), settings.port(name),
                    settings.managementPort(name), env, logs));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(Duration.ofSeconds(120));
            System.out.printf("%s is ready%n", service.name());
        }
        if (settings.loadDemo()) {
            loadDemo();
        }
    }

    /** Loads the demo scenario through the services' APIs; loading it again adds nothing (see {@link DemoScenario}). */
    DemoScenario.Loaded loadDemo() throws Exception {
        return new DemoScenario(services, tokens.mint("secretariat", null)).load();
    }

    /** The running services by name, in start order. */
    Map<String, ServiceProcess> services() {
        return Collections.unmodifiableMap(services);
    }

    /** The service's current process (a new one after {@link #startServiceAgain}). */
    synchronized ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; there are " + services.keySet());
        }
        return service;
    }

    /** Stops one service as an orchestrator would (SIGTERM, then SIGKILL after a grace period); the rest keep running. */
    void stopService(String name) {
        service(name).stop();
    }

    /** Kills one service outright (SIGKILL): no shutdown of its own, as after a crash. The rest keep running. */
    void killService(String name) {
        service(name).kill();
    }

    /**
     * Starts a stopped or killed service again on its port with its environment, and waits until it is ready. The
     * other services are not told: they find it again by its address, as they would after a restart in production.
     */
    ServiceProcess startServiceAgain(String name, Duration readyWithin) throws Exception {
        ServiceProcess restarted;
        synchronized (this) {
            if (stopped.getCount() == 0) {
                throw new IllegalStateException("the suite has been stopped");
            }
            restarted = service(name).startAgain();
            services.put(name, restarted);
        }
        restarted.awaitReady(readyWithin);
        return restarted;
    }

    /**
     * Shuts the embedded database down cleanly, leaving the services running (they lose their connections), and
     * returns once the server has exited.
     */
    void stopDatabase() throws Exception {
        embeddedDatabase().stopServer();
    }

    /** Starts the embedded database again on the same port with the same data; the services reconnect by themselves. */
    void startDatabaseAgain() throws Exception {
        embeddedDatabase().startServerAgain();
    }

    /** The embedded server's port and process id while it runs, for a test that stops it. */
    synchronized EmbeddedMariaDb embeddedDatabase() {
        if (embeddedDb == null) {
            throw new IllegalStateException("the suite uses the MariaDB server at " + settings.dbHost()
                    + ", not an embedded one; it cannot be stopped from here");
        }
        return embeddedDb;
    }

    /** The account the services use on the database: the embedded server's own, or the configured one. */
    String dbUser() {
        return dbUser;
    }

    String dbPassword() {
        return dbPassword;
    }

    private void createDatabases() throws SQLException {
        String serverUrl = "jdbc:mariadb://" + settings.dbHost() + ":" + settings.dbPort() + "/";
        try (Connection connection = DriverManager.getConnection(serverUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            for (String name : SERVICES) {
                String database = name.substring(0, name.indexOf('-'));
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            }
        }
    }

    private static void printWelcome(Map<String, ServiceProcess> services) {
        StringBuilder text = new StringBuilder("\nChiang Mai Smart City suite is running.\n\n");
        services.forEach((name, service) -> text.append(String.format("  %-18s %s%n", name, service.baseUri()))
                .append(String.format("  %-18s %s%n", "", service.baseUri().resolve("/q/swagger-ui/")))
                .append(String.format("  %-18s %s%n", "", service.baseUri().resolve("/q/openapi"))));
        ServiceProcess reporting = services.get("reporting-service");
        if (reporting != null) {
            text.append("\nThe provincial dashboard: ").append(reporting.baseUri().resolve("/dashboard"))
                    .append("   (English: ?lang=en)\n");
        }
        text.append("\nWrites need a bearer token; get one with\n")
                .append("  deploy/token.sh secretariat            (or admin, or: agency-editor AGENCY_ID)\n")
                .append("and send it as  -H \"Authorization: Bearer $TOKEN\"\n")
                .append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(text);
    }

    private void superviseUntilStopped() throws InterruptedException {
        while (stopped.getCount() > 0) {
            for (ServiceProcess service : services.values()) {
                if (!service.isAlive()) {
                    System.err.printf("%n%s stopped unexpectedly; its log ends with:%n%s%n", service.name(), service.tail());
                    System.exit(1);
                }
            }
            Thread.sleep(1000);
        }
    }

    /** Stops every service it started and the embedded database; once, however often it is called. */
    synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        stopped.countDown();
        System.out.println("\nStopping the suite ...");
        services.values().parallelStream().forEach(ServiceProcess::stop);
        if (embeddedDb != null) {
            embeddedDb.close();
        }
        if (lock != null) {
            lock.close();
        }
        System.out.println("Stopped.");
    }
}
