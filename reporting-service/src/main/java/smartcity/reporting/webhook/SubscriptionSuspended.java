package smartcity.reporting.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of a {@code webhook-subscription.suspended} notice: which subscription, when and why, and the failures that
 * led to it when the dispatcher suspended it. Events that occurred between {@code suspendedAt} and the resumption were
 * not sent to it.
 */
public record SubscriptionSuspended(UUID subscriptionId, UUID agencyId, String callbackUrl, Instant suspendedAt, String reason,
        int consecutiveFailures, Instant failingSince) {

    static SubscriptionSuspended of(WebhookSubscription s) {
        return new SubscriptionSuspended(s.id(), s.agencyId(), s.callbackUrl(), s.suspendedAt(), s.suspensionReason(),
                s.consecutiveFailures(), s.failingSince());
    }
}
