package smartcity.reporting.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the n-th failed attempt, wait the n-th delay (the last one repeats);
 * after {@code maxAttempts} attempts, give up.
 */
public record RetrySchedule(List<Duration> delays, int maxAttempts) {

    public RetrySchedule {
        if (delays.isEmpty() || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay and one attempt");
        }
        delays = List.copyOf(delays);
    }

    /** The moment of the next attempt after {@code attemptsMade} attempts, the last at {@code at}; empty to give up. */
    public Optional<Instant> next(int attemptsMade, Instant at) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(at.plus(delays.get(Math.min(Math.max(attemptsMade, 1), delays.size()) - 1)));
    }
}
