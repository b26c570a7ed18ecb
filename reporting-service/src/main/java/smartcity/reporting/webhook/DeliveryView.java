package smartcity.reporting.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent (or being sent) to a subscription, with every attempt")
public record DeliveryView(
        UUID id,
        @Schema(description = "The event's id: the Webhook-Id header, the same on every attempt") UUID eventId,
        @Schema(examples = "survey-round.opened") String eventType,
        Instant occurredAt,
        @Schema(description = "PENDING (first attempt or a retry to come), DELIVERED (a 2xx answer) or FAILED (every attempt failed)")
        WebhookDelivery.Status status,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "When the next attempt is due, while PENDING") Instant nextAttemptAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "When it was delivered; null until then") Instant deliveredAt,
        @Schema(description = "Oldest first") List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt", description = "One attempt: the receiver's status code, or what went wrong")
    public record Attempt(Instant at,
            @Schema(nullable = true, examples = "500", description = "Null when no answer came") Integer statusCode,
            @Schema(nullable = true, examples = "connection refused or unreachable", description = "Null when the receiver answered") String error,
            @Schema(examples = "42") long durationMs) {

        static Attempt from(WebhookAttempt a) {
            return new Attempt(a.attemptedAt(), a.statusCode(), a.error(), a.durationMs());
        }
    }

    static DeliveryView from(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryView(d.id(), d.event().id(), d.event().type().wireName(), d.event().occurredAt(), d.status(),
                d.nextAttemptAt(), d.deliveredAt(), attempts.stream().map(Attempt::from).toList());
    }
}
