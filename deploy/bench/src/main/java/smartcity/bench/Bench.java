package smartcity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import smartcity.localrun.EmbeddedMariaDb;
import smartcity.localrun.LocalTokens;

/**
 * The benchmark harness. For each scale: a fresh database, the three packaged services started one after another
 * (each start timed), a generated dataset loaded through the public APIs, a warm-up, then wrk on loopback against
 * each measured endpoint and, in the same run, the same service's {@code /q/health/live} as the machine's ceiling;
 * then change-feed lag, a 10 000-row CSV import, an all-or-nothing import, each service's resident memory, and last
 * each service restarted one by one (timed again, now with data). Results are written into a Markdown file.
 * <p>
 * Usage: {@code deploy/bench/run.sh [--scales 1k,10k,100k] [--duration 20] [--warmup 5] [--connections 32]
 * [--threads 2] [--lag-samples 30] [--out deploy/bench/RESULTS.md] [--java-options "..."]
 * [--db-host H --db-port P --db-user U --db-password W]}
 */
public final class Bench {

    private static final List<String> SERVICES = List.of("agency-service", "committee-service", "reporting-service");

    /**
     * The services' JVM options for a small instance (see RESULTS.md): a heap sized for one service rather than the
     * JVM's default of a quarter of the machine's memory; the serial collector and the client compiler only, whose
     * threads do not compete with the requests on two cores and which start faster; capped code cache, metaspace and
     * thread stacks.
     */
    static final String DEFAULT_JAVA_OPTIONS = "-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m -Xss512k";

    record Options(List<String> scales, int durationSeconds, int warmupSeconds, int connections, int threads,
            int lagSamples, Path out, List<String> javaOptions, Optional<String> dbHost, int dbPort, String dbUser, String dbPassword, Path home,
            Path workDir, String command) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            Path home = Path.of(given.getOrDefault("home", ".")).toAbsolutePath().normalize();
            Options options = new Options(List.of(given.getOrDefault("scales", "1k,10k,100k").split(",")),
                    Integer.parseInt(given.getOrDefault("duration", "20")),
                    Integer.parseInt(given.getOrDefault("warmup", "5")),
                    Integer.parseInt(given.getOrDefault("connections", "32")),
                    Integer.parseInt(given.getOrDefault("threads", "2")),
                    Integer.parseInt(given.getOrDefault("lag-samples", "30")),
                    Path.of(given.getOrDefault("out", home.resolve("deploy/bench/RESULTS.md").toString())),
                    List.of(given.getOrDefault("java-options", DEFAULT_JAVA_OPTIONS).strip().split("\\s+")),
                    Optional.ofNullable(given.get("db-host")),
                    Integer.parseInt(given.getOrDefault("db-port", "3306")),
                    given.getOrDefault("db-user", "root"),
                    given.getOrDefault("db-password", ""),
                    home, home.resolve("deploy/bench/target/run"),
                    "deploy/bench/run.sh " + String.join(" ", args));
            options.scales.forEach(Bench::agencies);
            return options;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Results results = new Results(options, Machine.describe());
        for (String scale : options.scales()) {
            System.out.printf("%n== scale %s (%d agencies) ==%n", scale, agencies(scale));
            results.add(new Bench(options).run(scale));
        }
        results.write();
        System.out.println("\nResults: " + options.out());
    }

    static int agencies(String scale) {
        String s = scale.strip().toLowerCase();
        if (!s.matches("[0-9]+k?")) {
            throw new IllegalArgumentException("a scale is a number of agencies such as 1k, 10k, 100k or 500: " + scale);
        }
        return s.endsWith("k") ? Integer.parseInt(s.substring(0, s.length() - 1)) * 1000 : Integer.parseInt(s);
    }

    private final Options options;
    private final Map<String, Service> services = new LinkedHashMap<>();

    private Bench(Options options) {
        this.options = options;
    }

    /** Everything measured at one scale. */
    record ScaleResult(String scale, Dataset.Loaded loaded, Map<String, Duration> firstStart,
            Map<String, Duration> restart, List<Wrk.Result[]> pairs, FeedLag.Figures lag, Duration import10k,
            int importedRows, boolean allOrNothingHeld, String allOrNothingDetail, Map<String, Double> residentMib) {
    }

    private ScaleResult run(String scale) throws Exception {
        int agencies = agencies(scale);
        Path dir = options.workDir().resolve(scale);
        EmbeddedMariaDb embedded = null;
        int dbPort = options.dbPort();
        String dbHost = options.dbHost().orElse("127.0.0.1");
        String dbUser = options.dbUser();
        String dbPassword = options.dbPassword();
        try {
            if (options.dbHost().isEmpty()) {
                dbPort = freePort();
                System.out.printf("Starting an embedded MariaDB on port %d%n", dbPort);
                embedded = EmbeddedMariaDb.start(dbPort, options.workDir().resolve("mariadb"), dir.resolve("db"));
                dbUser = embedded.user();
                dbPassword = embedded.password();
            }
            recreateDatabases(dbHost, dbPort, dbUser, dbPassword);
            LocalTokens tokens = LocalTokens.in(options.workDir().resolve("keys"));
            Map<String, Integer> ports = Map.of("agency-service", freePort(), "committee-service", freePort(),
                    "reporting-service", freePort());
            Map<String, Integer> managementPorts = Map.of("agency-service", freePort(), "committee-service", freePort(),
                    "reporting-service", freePort());
            for (String name : SERVICES) {
                Map<String, String> env = new LinkedHashMap<>();
                env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString());
                env.put("MP_JWT_VERIFY_ISSUER", LocalTokens.ISSUER);
                env.put("MP_JWT_VERIFY_AUDIENCES", LocalTokens.AUDIENCE);
                env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://" + dbHost + ":" + dbPort + "/bench_"
                        + name.substring(0, name.indexOf('-')));
                env.put("QUARKUS_DATASOURCE_USERNAME", dbUser);
                env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword);
                env.put("SMARTCITY_AGENCY_URL", "http://127.0.0.1:" + ports.get("agency-service"));
                env.put("SMARTCITY_COMMITTEE_URL", "http://127.0.0.1:" + ports.get("committee-service"));
                // glibc's default of eight malloc arenas per core lets native memory grow far past what a service uses;
                // the images set the same (deploy/docker/Dockerfile)
                env.put("MALLOC_ARENA_MAX", "2");
                services.put(name, new Service(name, options.home(), ports.get(name), managementPorts.get(name),
                        options.javaOptions(), env,
                        dir.resolve("logs")));
            }
            Map<String, Duration> firstStart = new LinkedHashMap<>();
            for (Service service : services.values()) {
                firstStart.put(service.name(), service.startAndAwaitReady());
                System.out.printf("  %s ready in %d ms (first start: empty database, migrations)%n", service.name(),
                        firstStart.get(service.name()).toMillis());
            }
            String secretariat = tokens.mint("secretariat", null);
            Api agency = new Api("agency-service", services.get("agency-service").base(), secretariat);
            Api committee = new Api("committee-service", services.get("committee-service").base(), secretariat);
            Api reporting = new Api("reporting-service", services.get("reporting-service").base(), secretariat);

            System.out.println("Loading the dataset ...");
            Dataset.Loaded loaded = new Dataset(agency, committee, reporting, "B" + scale.toUpperCase()).load(agencies, 8);
            System.out.printf("  loaded in %d s: %d agencies, %d people, %d memberships, %d assignments, %d answers "
                    + "(%d with a project)%n", loaded.total().toSeconds(), loaded.agencies(), loaded.people(),
                    loaded.memberships(), loaded.assignments(), loaded.answers(), loaded.projects());

            Path ids = dir.resolve("agency-ids.lua");
            Files.writeString(ids, luaRandomPath("/agencies/", loaded.agencyIds(), 1000));
            Wrk wrk = new Wrk(options.threads(), options.connections());
            List<Wrk.Result[]> pairs = new ArrayList<>();
            pairs.add(measure(wrk, "agency-service", "GET /agencies/{id} (random of 1000 ids)", "agencies", ids));
            pairs.add(measure(wrk, "agency-service", "GET /agencies?type=LOCAL_ADMINISTRATION&district=5005&size=20",
                    "agencies?type=LOCAL_ADMINISTRATION&district=5005&size=20", null));
            pairs.add(measure(wrk, "reporting-service", "GET /survey-rounds/{id}/reports/participation",
                    "survey-rounds/" + loaded.roundId() + "/reports/participation", null));
            pairs.add(measure(wrk, "committee-service", "GET /responsibility-matrix", "responsibility-matrix", null));

            System.out.println("Change-feed lag ...");
            FeedLag.Figures lag = new FeedLag(agency, reporting).measure(loaded.agencyIds(), options.lagSamples());
            System.out.printf("  lag p50 %d ms, p99 %d ms, max %d ms over %d writes%n", lag.p50().toMillis(),
                    lag.p99().toMillis(), lag.max().toMillis(), lag.samples());

            System.out.println("CSV import of 10 000 rows ...");
            int before = total(agency);
            long t = System.nanoTime();
            JsonNode imported = agency.ok("POST", "agencies/import",
                    Dataset.csv("I" + scale.toUpperCase(), 0, Dataset.IMPORT_FILE_ROWS, false), "text/csv; charset=UTF-8");
            Duration import10k = Duration.ofNanos(System.nanoTime() - t);
            int importedRows = imported.get("created").asInt();
            System.out.printf("  %d rows created in %d ms%n", importedRows, import10k.toMillis());
            int afterImport = total(agency);
            Api.Reply broken = agency.send("POST", "agencies/import",
                    Dataset.csv("X" + scale.toUpperCase(), 0, Dataset.IMPORT_FILE_ROWS, true), "text/csv; charset=UTF-8",
                    null);
            int afterBroken = total(agency);
            boolean held = afterImport == before + importedRows && broken.status() == 400 && afterBroken == afterImport;
            String detail = String.format("registry %d → %d after the 10 000-row import; a 10 000-row file whose last "
                    + "row is invalid answered %d and the registry stayed at %d", before, afterImport, broken.status(),
                    afterBroken);
            System.out.println("  all-or-nothing: " + detail);

            Map<String, Double> rss = new LinkedHashMap<>();
            for (Service service : services.values()) {
                rss.put(service.name(), service.residentMib());
            }
            // last, each service stopped and started again on the loaded database, one at a time
            Map<String, Duration> restart = new LinkedHashMap<>();
            for (Service service : services.values()) {
                service.stop();
                restart.put(service.name(), service.startAndAwaitReady());
                System.out.printf("  %s ready in %d ms (restart: schema and data in place)%n", service.name(),
                        restart.get(service.name()).toMillis());
            }
            return new ScaleResult(scale, loaded, firstStart, restart, pairs, lag, import10k, importedRows, held, detail, rss);
        } finally {
            services.values().forEach(Service::stop);
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** Warms up, then measures the service's health endpoint and the endpoint one after the other. */
    private Wrk.Result[] measure(Wrk wrk, String service, String label, String path, Path script)
            throws IOException, InterruptedException {
        Service target = services.get(service);
        Duration warmup = Duration.ofSeconds(options.warmupSeconds());
        Duration duration = Duration.ofSeconds(options.durationSeconds());
        wrk.run("warm-up", target.management().resolve("q/health/live"), warmup, null);
        wrk.run("warm-up", target.base().resolve(path), warmup, script);
        Wrk.Result ceiling = wrk.run(service + " GET /q/health/live", target.management().resolve("q/health/live"), duration, null);
        Wrk.Result result = wrk.run(label, target.base().resolve(path), duration, script);
        System.out.printf("  %-70s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  (%.2f of health %.0f req/s)%s%n", label,
                result.requestsPerSecond(), result.p50Ms(), result.p99Ms(),
                result.requestsPerSecond() / ceiling.requestsPerSecond(), ceiling.requestsPerSecond(),
                result.failures() > 0 ? "  FAILURES: " + result.failures() : "");
        return new Wrk.Result[] {ceiling, result};
    }

    private static int total(Api agency) {
        return agency.ok("GET", "agencies?size=1", null).get("totalItems").asInt();
    }

    /** A wrk script requesting {@code prefix + id} for ids drawn at random from a sample of the given ones. */
    static String luaRandomPath(String prefix, List<String> ids, int sample) {
        StringBuilder lua = new StringBuilder("ids = {");
        int step = Math.max(1, ids.size() / sample);
        for (int i = 0; i < ids.size(); i += step) {
            lua.append('"').append(ids.get(i)).append("\",");
        }
        lua.append("}\nmath.randomseed(2565)\nrequest = function()\n  return wrk.format(\"GET\", \"").append(prefix)
                .append("\" .. ids[math.random(#ids)])\nend\n");
        return lua.toString();
    }

    private void recreateDatabases(String host, int port, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/",
                user, password); Statement statement = connection.createStatement()) {
            for (String name : SERVICES) {
                String database = "bench_" + name.substring(0, name.indexOf('-'));
                statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
                statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
