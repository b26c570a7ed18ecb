package smartcity.agency.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static smartcity.agency.Tokens.asSecretariat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the connection pool cannot give a request a working connection, the client is told the database is unavailable
 * (503 problem with Retry-After), never an internal error: both ways the pool reports it are provoked on the real
 * database, the connections the database closed (as a restart closes them) and a pool with none left.
 */
@QuarkusTest
class DatabaseUnavailableTest {

    /** MariaDB's ER_NO_SUCH_THREAD. */
    private static final int NO_SUCH_THREAD = 1094;

    @Inject
    AgroalDataSource pool;

    @AfterEach
    void replaceBrokenConnections() {
        pool.flush(AgroalDataSource.FlushMode.ALL);
    }

    @Test
    void aWriteOnAConnectionTheDatabaseClosedIsA503ProblemNotAnInternalError() throws SQLException {
        // the pool holds open connections; the database then closes every one of them, as a restart does
        given().when().get("/agencies").then().statusCode(200);
        killThePoolsConnections();

        // a write whose first use of the database is in its transaction (a create would check the district first)
        asSecretariat().contentType("application/json").body(Map.of("effectiveDate", "2022-10-01"))
                .when().post("/agencies/{id}/dissolution", UUID.randomUUID())
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/service-unavailable"));
    }

    @Test
    void aRequestThatFindsNoFreeConnectionIsA503ProblemAfterTheAcquisitionTimeout() throws SQLException {
        int maxSize = pool.getConfiguration().connectionPoolConfiguration().maxSize();
        long acquisitionTimeoutMs = pool.getConfiguration().connectionPoolConfiguration().acquisitionTimeout().toMillis();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < maxSize; i++) {
                held.add(pool.getConnection());
            }
            given().when().get("/agencies")
                    .then().statusCode(503)
                    .time(lessThan(acquisitionTimeoutMs + 5_000))
                    .contentType(startsWith("application/problem+json"))
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("/problems/service-unavailable"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().when().get("/agencies").then().statusCode(200);
    }

    /** Kills, from a connection of its own, every other connection to this service's database. */
    private static void killThePoolsConnections() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection own = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement statement = own.createStatement()) {
            List<Long> others = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT ID FROM information_schema.PROCESSLIST "
                    + "WHERE DB = DATABASE() AND ID <> CONNECTION_ID()")) {
                while (rows.next()) {
                    others.add(rows.getLong(1));
                }
            }
            for (long id : others) {
                try {
                    statement.execute("KILL CONNECTION " + id);
                } catch (SQLException e) {
                    if (e.getErrorCode() != NO_SUCH_THREAD) {
                        throw e;
                    }
                    // a connection the pool was closing meanwhile: gone either way
                }
            }
        }
    }
}
