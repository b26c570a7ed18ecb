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
        @Schema(readOnly = true, description = "PENDING until the secretariat approves it, ACTIVE, or SUSPENDED")
        WebhookSubscription.Status status,
        @Schema(readOnly = true, nullable = true, implementation = String.class, format = "date-time", description = "Events that occur from this moment on are delivered; null until approved") Instant activeSince,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) String updatedBy) {

    static SubscriptionView from(WebhookSubscription s) {
        return new SubscriptionView(s.id(), s.agencyId(), s.callbackUrl(), s.eventTypes().stream().map(WebhookEventType::wireName).toList(),
                s.description(), s.status(), s.activeSince(), s.version(), s.createdAt(), s.updatedAt(), s.createdBy(), s.updatedBy());
    }
}
