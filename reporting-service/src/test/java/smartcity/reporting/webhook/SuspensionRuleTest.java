package smartcity.reporting.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuspensionRuleTest {

    private static final Instant FIRST = Instant.parse("2022-06-06T02:30:00Z");
    private static final SuspensionRule DEFAULT = new SuspensionRule(20, Duration.ofHours(24));

    @Test
    void theTwentiethFailedAttemptInARowSuspends() {
        assertEquals(Optional.empty(), DEFAULT.reason(19, FIRST, FIRST.plusSeconds(3600), "status 500"));
        assertEquals(Optional.of("suspended automatically after 20 failed attempts in a row; the last: status 500"),
                DEFAULT.reason(20, FIRST, FIRST.plusSeconds(3600), "status 500"));
    }

    @Test
    void failingForLongerThanTheWindowSuspendsBelowTheCount() {
        assertEquals(Optional.empty(), DEFAULT.reason(2, FIRST, FIRST.plus(Duration.ofHours(24)), "status 503"));
        String reason = DEFAULT.reason(2, FIRST, FIRST.plus(Duration.ofHours(24)).plusSeconds(1),
                "connection refused or unreachable").orElseThrow();
        assertTrue(reason.contains("since 2022-06-06T02:30:00Z") && reason.contains("longer than PT24H")
                && reason.endsWith("the last: connection refused or unreachable"), reason);
    }
}
