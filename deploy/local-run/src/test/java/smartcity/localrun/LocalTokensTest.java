package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTokensTest {

    @Test
    void theSigningKeyIsMadeReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        LocalTokens.in(keys);
        assertEquals("rw-------", mode(keys.resolve("private-key.pem")));
        assertEquals("rwx------", mode(keys));
    }

    @Test
    void aKeyAnOlderLauncherLeftWorldReadableIsNarrowed(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        LocalTokens.in(keys);
        Files.setPosixFilePermissions(keys.resolve("private-key.pem"), PosixFilePermissions.fromString("rw-r--r--"));
        LocalTokens.in(keys).mint("secretariat", null);
        assertEquals("rw-------", mode(keys.resolve("private-key.pem")));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
