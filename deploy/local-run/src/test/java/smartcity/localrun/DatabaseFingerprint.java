package smartcity.localrun;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A service's data at one moment, as MariaDB's {@code CHECKSUM TABLE} of every table of its database: two equal
 * fingerprints mean no row was added, removed or changed. Tables that the service writes on its own, apart from any
 * request, are left out (see {@link #BACKGROUND}): its copies of its neighbours' data and the cursors of the change
 * feeds it follows (written every few seconds), the webhook events and deliveries its dispatcher writes, and Flyway's
 * history.
 */
final class DatabaseFingerprint implements AutoCloseable {

    /**
     * Written in the background, decided from the migrations in {@code <service>/src/main/resources/db/migration/}:
     * committee-service's {@code agency_copy} and {@code feed_cursor} (its agency feed follower); reporting-service's
     * {@code *_copy} tables and {@code feed_cursor} (its two feed followers), {@code webhook_event} (written when a
     * followed change arrives), {@code webhook_delivery} and {@code webhook_attempt} (its dispatcher).
     */
    static final Pattern BACKGROUND = Pattern.compile(
            "flyway_schema_history|feed_cursor|.*_copy|webhook_event|webhook_delivery|webhook_attempt");

    private final Connection connection;
    private final String sql;
    private final List<String> tables;

    private DatabaseFingerprint(Connection connection, List<String> tables) {
        this.connection = connection;
        this.tables = tables;
        this.sql = "CHECKSUM TABLE " + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()) + " EXTENDED";
    }

    static DatabaseFingerprint of(String jdbcUrl, String user, String password, String database) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                        + database + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!BACKGROUND.matcher(table).matches()) {
                    tables.add(table);
                }
            }
        }
        if (tables.isEmpty()) {
            connection.close();
            throw new IllegalStateException("database " + database + " has no tables to compare");
        }
        return new DatabaseFingerprint(connection, List.copyOf(tables));
    }

    List<String> tables() {
        return tables;
    }

    /** The checksum of every compared table, by name. */
    Map<String, Long> take() {
        Map<String, Long> sums = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String table = rows.getString(1);
                sums.put(table.substring(table.indexOf('.') + 1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("CHECKSUM TABLE failed: " + e.getMessage(), e);
        }
        return sums;
    }

    /** The tables whose checksums differ. */
    static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, sum) -> {
            if (!sum.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing to do about it
        }
    }
}
