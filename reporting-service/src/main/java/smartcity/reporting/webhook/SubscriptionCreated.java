package smartcity.reporting.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionCreated", description = "The new subscription with its signing secret: the only time the "
        + "secret is shown. Keep it like a password; receivers verify Webhook-Signature with it")
public record SubscriptionCreated(
        @Schema(readOnly = true) UUID id,
        UUID agencyId,
        String callbackUrl,
        List<String> events,
        String description,
        @Schema(readOnly = true, examples = "PENDING") WebhookSubscription.Status status,
        @Schema(readOnly = true, nullable = true, implementation = String.class, format = "date-time", description = "Null until approved") Instant activeSince,
        @Schema(readOnly = true, examples = "0") int consecutiveFailures,
        @Schema(readOnly = true, nullable = true, implementation = String.class, format = "date-time") Instant failingSince,
        @Schema(readOnly = true, nullable = true, implementation = String.class, format = "date-time") Instant suspendedAt,
        @Schema(readOnly = true, nullable = true) String suspensionReason,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) String updatedBy,
        @Schema(readOnly = true, description = "32 random bytes, base64url without padding; the HMAC key is this text's "
                + "UTF-8 bytes", examples = "q3Jx0b6H2cVhQ0m3o5mX4h8pLqk1r9yJ2u7Wf0ZtN4E") String secret) {

    static SubscriptionCreated from(WebhookSubscription s) {
        SubscriptionView v = SubscriptionView.from(s);
        return new SubscriptionCreated(v.id(), v.agencyId(), v.callbackUrl(), v.events(), v.description(), v.status(),
                v.activeSince(), v.consecutiveFailures(), v.failingSince(), v.suspendedAt(), v.suspensionReason(), v.version(), v.createdAt(), v.updatedAt(), v.createdBy(), v.updatedBy(), s.secret());
    }
}
