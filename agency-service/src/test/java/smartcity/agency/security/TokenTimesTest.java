package smartcity.agency.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A token dated ahead of the clock by more than the allowed skew is refused; within the skew, or past, it is not. */
class TokenTimesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final TokenTimes times = new TokenTimes(Clock.fixed(NOW, ZoneOffset.UTC), 60);

    @Test
    void aTokenIssuedBeyondTheSkewAheadIsIssuedAhead() {
        assertTrue(times.issuedAhead(NOW.getEpochSecond() + 61));
        assertTrue(times.issuedAhead(NOW.plusSeconds(86_400).getEpochSecond()));
    }

    @Test
    void aTokenIssuedNowInThePastOrWithinTheSkewIsNot() {
        assertFalse(times.issuedAhead(NOW.getEpochSecond()));
        assertFalse(times.issuedAhead(NOW.getEpochSecond() + 60));
        assertFalse(times.issuedAhead(NOW.minusSeconds(3_600).getEpochSecond()));
        // a token without iat (0): smallrye-jwt requires iat where a lifetime is set, and nothing is ahead here
        assertFalse(times.issuedAhead(0));
    }
}
