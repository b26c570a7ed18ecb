package smartcity.localrun;

import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the local run exposes, on the running scenario suite: nothing beyond the loopback interface, a database that
 * checks credentials, files only their owner can read, and a second launcher that refuses to start rather than take
 * over (or delete) the running suite's data.
 */
@ExtendWith(ScenarioSuite.class)
class LocalRunExposureIT {

    @Test
    void theServicesAndTheDatabaseAreNotReachableFromAnotherInterface(ScenarioSuite.Running suite) throws Exception {
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address to try");
        Settings settings = suite.settings();
        for (int port : List.of(settings.agencyPort(), settings.committeePort(), settings.reportingPort(),
                settings.agencyManagementPort(), settings.committeeManagementPort(), settings.reportingManagementPort(),
                settings.dbPort())) {
            assertTrue(accepts(InetAddress.getLoopbackAddress(), port), "port " + port + " answers on 127.0.0.1");
            assertFalse(accepts(outside.get(), port), "port " + port + " must not answer on " + outside.get());
        }
    }

    @Test
    void theEmbeddedDatabaseRefusesAnyoneWithoutItsPassword(ScenarioSuite.Running suite) throws Exception {
        String server = "jdbc:mariadb://127.0.0.1:" + suite.settings().dbPort() + "/";
        for (String[] credentials : List.of(new String[] {"root", ""}, new String[] {"smartcity", ""},
                new String[] {"smartcity", "wrong"}, new String[] {"anyone", "anything"}, new String[] {"", ""})) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(server, credentials[0], credentials[1]).close(),
                    credentials[0] + "/" + credentials[1] + " must be refused");
            assertEquals("28000", refused.getSQLState(), "access denied, not another failure: " + refused.getMessage());
        }
        try (var connection = DriverManager.getConnection(server, suite.dbUser(), suite.dbPassword());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT @@bind_address, @@skip_grant_tables")) {
            row.next();
            assertEquals("127.0.0.1", row.getString(1));
            assertEquals(0, row.getInt(2), "the grant tables are checked");
        }
    }

    @Test
    void theSigningKeyTheDatabasePasswordAndTheDataAreTheOwnersOnly(ScenarioSuite.Running suite) throws IOException {
        Path workDir = suite.settings().workDir();
        assertEquals("rw-------", mode(workDir.resolve("keys/private-key.pem")));
        assertEquals("rwx------", mode(workDir.resolve("keys")));
        assertEquals("rw-------", mode(workDir.resolve("db/password")));
        assertEquals(suite.dbPassword(), Files.readString(workDir.resolve("db/password")));
        assertEquals("rwx------", mode(workDir.resolve("db")));
        assertTrue(Files.isDirectory(workDir.resolve("db/data/agency")), "the data is in the launcher's own folder");
    }

    @Test
    void aSecondLauncherRefusesToStartAndLeavesTheRunningSuiteAlone(ScenarioSuite.Running suite) throws Exception {
        Settings running = suite.settings();
        Path marker = running.workDir().resolve("db/data/agency");
        // the same folder and ports, as a second `deploy/run.sh` in the same checkout
        LocalRun sameFolder = new LocalRun(Settings.embedded(running.home(), running.workDir(), running.dbPort(),
                running.agencyPort(), running.committeePort(), running.reportingPort(), running.agencyManagementPort(),
                running.committeeManagementPort(), running.reportingManagementPort()));
        IllegalStateException refused = assertThrows(IllegalStateException.class, sameFolder::start);
        assertTrue(refused.getMessage().contains("another launcher"), refused.getMessage());
        sameFolder.stop();

        // another folder, the running database's port, as a second checkout started with the same settings
        Path otherFolder = Files.createTempDirectory(running.workDir().getParent(), "second-launcher");
        LocalRun samePort = new LocalRun(Settings.embedded(running.home(), otherFolder, running.dbPort(),
                free(), free(), free(), free(), free(), free()));
        IllegalStateException portTaken = assertThrows(IllegalStateException.class, samePort::start);
        assertTrue(portTaken.getMessage().contains("port " + running.dbPort() + " is in use"), portTaken.getMessage());
        samePort.stop();
        assertFalse(Files.exists(otherFolder.resolve("db")), "the refused launcher wrote no database");

        assertTrue(Files.isDirectory(marker), "the running suite's data is still there");
        io.restassured.RestAssured.given(suite.agency()).queryParam("size", 1).get("/agencies").then().statusCode(200)
                .body("totalItems", greaterThan(90));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int free() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
