package smartcity.reporting.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import smartcity.reporting.api.InvalidField;

class IdempotencyKeySyntaxTest {

    @Test
    void aKeyIsOneTo255PrintableAsciiCharacters() {
        assertEquals("a", IdempotencyKey.of(List.of("a")).value());
        assertEquals(" !~", IdempotencyKey.of(List.of(" !~")).value());
        assertEquals(255, IdempotencyKey.of(List.of("k".repeat(255))).value().length());
        for (String bad : List.of("", "k".repeat(256), "tab\t", "del\u007f", "nul\u0000", "é", "ไทย")) {
            assertThrows(InvalidField.class, () -> IdempotencyKey.of(List.of(bad)), bad);
        }
    }

    @Test
    void aKeySentTwiceIsRefused() {
        assertThrows(InvalidField.class, () -> IdempotencyKey.of(List.of("a", "a")));
    }
}
