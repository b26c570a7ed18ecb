package smartcity.localrun;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the local run is told through environment variables (all optional; see README), or, for the scenario test,
 * directly.
 *
 * @param externalDbHost when set, the MariaDB server to use instead of the embedded one
 * @param dbUser the external server's account (the embedded server makes its own, see {@link EmbeddedMariaDb})
 * @param agencyManagementPort where the service's health and metrics answer (its management interface); likewise the
 *     other two
 * @param bindAddress the address the services listen on: 127.0.0.1 unless {@code SMARTCITY_BIND_ADDRESS} says otherwise
 * @param home the repository's root: the services' packaged applications are found under it
 * @param workDir where the launcher keeps its own files: the signing keys, the embedded server's binaries, the logs
 */
record Settings(
        Optional<String> externalDbHost,
        int dbPort,
        String dbUser,
        String dbPassword,
        int agencyPort,
        int committeePort,
        int reportingPort,
        int agencyManagementPort,
        int committeeManagementPort,
        int reportingManagementPort,
        String bindAddress,
        boolean loadDemo,
        Path home,
        Path workDir) {

    static final String LOOPBACK = "127.0.0.1";

    static Settings fromEnvironment(Map<String, String> env) {
        Optional<String> host = Optional.ofNullable(env.get("SMARTCITY_DB_HOST")).filter(value -> !value.isBlank());
        Path home = Path.of(env.getOrDefault("SMARTCITY_HOME", ".")).toAbsolutePath().normalize();
        return new Settings(
                host,
                integer(env, "SMARTCITY_DB_PORT", host.isPresent() ? 3306 : 3307),
                env.getOrDefault("SMARTCITY_DB_USER", "root"),
                env.getOrDefault("SMARTCITY_DB_PASSWORD", ""),
                integer(env, "SMARTCITY_AGENCY_PORT", 8081),
                integer(env, "SMARTCITY_COMMITTEE_PORT", 8082),
                integer(env, "SMARTCITY_REPORTING_PORT", 8083),
                integer(env, "SMARTCITY_AGENCY_MANAGEMENT_PORT", 9081),
                integer(env, "SMARTCITY_COMMITTEE_MANAGEMENT_PORT", 9082),
                integer(env, "SMARTCITY_REPORTING_MANAGEMENT_PORT", 9083),
                Optional.ofNullable(env.get("SMARTCITY_BIND_ADDRESS")).map(String::strip).filter(value -> !value.isEmpty())
                        .orElse(LOOPBACK),
                !"false".equalsIgnoreCase(env.getOrDefault("SMARTCITY_DEMO", "true")),
                home,
                home.resolve("deploy/local-run/target"));
    }

    /**
     * An embedded MariaDB and the three services on the given ports, the demo scenario loaded, the launcher's files in
     * {@code workDir}: so that a test can run the suite beside a developer's own run without sharing anything with it.
     */
    static Settings embedded(Path home, Path workDir, int dbPort, int agencyPort, int committeePort, int reportingPort,
            int agencyManagementPort, int committeeManagementPort, int reportingManagementPort) {
        return new Settings(Optional.empty(), dbPort, "", "", agencyPort, committeePort, reportingPort,
                agencyManagementPort, committeeManagementPort, reportingManagementPort, LOOPBACK, true,
                home.toAbsolutePath().normalize(), workDir.toAbsolutePath().normalize());
    }

    /**
     * The host the services are reached at: the bind address itself, or 127.0.0.1 when they listen on every
     * interface.
     */
    String serviceHost() {
        return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]") ? LOOPBACK : bindAddress;
    }

    /** The service's public port. */
    int port(String service) {
        return switch (service) {
            case "agency-service" -> agencyPort;
            case "committee-service" -> committeePort;
            case "reporting-service" -> reportingPort;
            default -> throw new IllegalArgumentException("no service " + service);
        };
    }

    /** The service's management port: health and metrics. */
    int managementPort(String service) {
        return switch (service) {
            case "agency-service" -> agencyManagementPort;
            case "committee-service" -> committeeManagementPort;
            case "reporting-service" -> reportingManagementPort;
            default -> throw new IllegalArgumentException("no service " + service);
        };
    }

    String dbHost() {
        return externalDbHost.orElse("127.0.0.1");
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://" + dbHost() + ":" + dbPort() + "/" + database;
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }
}
