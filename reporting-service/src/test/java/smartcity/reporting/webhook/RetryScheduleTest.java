package smartcity.reporting.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant AT = Instant.parse("2022-06-06T02:30:00Z");

    @Test
    void theDefaultScheduleWaitsLongerEachTimeAndGivesUpAfterTheEighthAttempt() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6)), 8);
        List<Duration> waits = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(6));
        for (int attempts = 1; attempts <= 7; attempts++) {
            assertEquals(Optional.of(AT.plus(waits.get(attempts - 1))), schedule.next(attempts, AT), "after attempt " + attempts);
        }
        assertEquals(Optional.empty(), schedule.next(8, AT));
    }
}
