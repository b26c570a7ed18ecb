package smartcity.reporting.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event in the outbox: written with its cause, fanned out to the subscriptions afterwards. */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    private UUID id;

    @Column(name = "type", nullable = false, length = 40)
    @jakarta.persistence.Convert(converter = TypeColumn.class)
    private WebhookEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    // a JSON column (MariaDB keeps it as longtext with a validity check)
    @Column(name = "payload", nullable = false, columnDefinition = "longtext")
    private String payload;

    @Column(name = "fanned_out_at")
    private Instant fannedOutAt;

    protected WebhookEvent() {
        // for Hibernate
    }

    WebhookEvent(WebhookEventType type, String payload, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    /** Deliveries have been queued for every subscription that wanted it; it is not fanned out again. */
    void fannedOut(Instant at) {
        if (fannedOutAt != null) {
            throw new IllegalStateException("event " + id + " was fanned out already");
        }
        fannedOutAt = at;
    }

    public UUID id() {
        return id;
    }

    public WebhookEventType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String payload() {
        return payload;
    }

    /** Stores the wire name ({@code survey-round.opened}), the name integrators see in the table too. */
    @jakarta.persistence.Converter
    static class TypeColumn implements jakarta.persistence.AttributeConverter<WebhookEventType, String> {
        @Override
        public String convertToDatabaseColumn(WebhookEventType type) {
            return type == null ? null : type.wireName();
        }

        @Override
        public WebhookEventType convertToEntityAttribute(String name) {
            return name == null ? null : WebhookEventType.of(name)
                    .orElseThrow(() -> new IllegalStateException("unknown webhook event type " + name));
        }
    }
}
