package smartcity.reporting.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscription", description = "A subscription to events; its secret is shown only when it is created")
public record SubscriptionView(
        @Schema(readOnly = true) UUID id,
        @Schema(description = "The agency it belongs to; absent for the secretariat's own") UUID agencyId,
        @Schema(examples = "https://hooks.pea-chiangmai.example/smartcity") String callbackUrl,
        @Schema(examples = "[\"survey-round.opened\", \"survey-round.closed\"]") List<String> events,
        @Schema(examples = "ระบบติดตามโครงการของการไฟฟ้าส่วนภูมิภาค จ.เชียงใหม่ / PEA project tracker") String description,
        @Schema(readOnly = true, description = "PENDING until the secretariat approves it, ACTIVE, or SUSPENDED (by its owner "
                + "or the secretariat, or by itself after repeated failures: see suspensionReason) until it is resumed")
        WebhookSubscription.Status status,
        @Schema(readOnly = true, nullable = true, implementation = String.class, format = "date-time", description = "Events that occur from this moment on are delivered; null until approved") Instant activeSince,
        @Schema(readOnly = true, examples = "0", description = "Failed attempts in a row since the last successful one; "
                + "enough of them suspend the subscription") int consecutiveFailures,
        @Schema(readOnly = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When the first of those failed attempts was made; null while the last attempt succeeded") Instant failingSince,
        @Schema(readOnly = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When it was suspended; null unless SUSPENDED") Instant suspendedAt,
        @Schema(readOnly = true, nullable = true, examples = "suspended automatically after 20 failed attempts in a row; the "
                + "last: connection refused or unreachable", description = "Why it was suspended, by whom or after which "
                + "failures; null unless SUSPENDED") String suspensionReason,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) String updatedBy) {

    static SubscriptionView from(WebhookSubscription s) {
        return new SubscriptionView(s.id(), s.agencyId(), s.callbackUrl(), s.eventTypes().stream().map(WebhookEventType::wireName).toList(),
                s.description(), s.status(), s.activeSince(), s.consecutiveFailures(), s.failingSince(), s.suspendedAt(),
                s.suspensionReason(), s.version(), s.createdAt(), s.updatedAt(), s.createdBy(), s.updatedBy());
    }
}
