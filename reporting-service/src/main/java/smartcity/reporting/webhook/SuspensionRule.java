package smartcity.reporting.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a subscription whose receiver keeps failing is suspended by itself: at the {@code afterFailures}-th failed attempt
 * in a row, or at a failed attempt made more than {@code afterFailingFor} after the first failure of the run (no attempt
 * having succeeded between), whichever comes first. Counting attempts, not deliveries, judges the receiver however many
 * events it is sent; the window catches a receiver that is sent too little to reach the count. With the default retry
 * schedule one undeliverable event alone makes 8 attempts over about 13 hours.
 */
public record SuspensionRule(int afterFailures, Duration afterFailingFor) {

    public SuspensionRule {
        if (afterFailures < 1 || afterFailingFor.isNegative() || afterFailingFor.isZero()) {
            throw new IllegalArgumentException("a suspension rule needs at least one failure and a positive window");
        }
    }

    /**
     * Why a failed attempt at {@code at} suspends the subscription, or empty when it does not.
     *
     * @param failures the failed attempts in a row, this one included
     * @param failingSince when the first of them was made
     * @param lastError what went wrong this time
     */
    public Optional<String> reason(int failures, Instant failingSince, Instant at, String lastError) {
        if (failures >= afterFailures) {
            return Optional.of("suspended automatically after " + failures + " failed attempts in a row; the last: " + lastError);
        }
        if (Duration.between(failingSince, at).compareTo(afterFailingFor) > 0) {
            return Optional.of("suspended automatically: every attempt since " + failingSince + " has failed, for longer than "
                    + afterFailingFor + "; the last: " + lastError);
        }
        return Optional.empty();
    }
}
