package smartcity.reporting.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt at a delivery, as the log shows it: the receiver's status code, or what went wrong, and how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "error", length = 500)
    private String error;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected WebhookAttempt() {
        // for Hibernate
    }

    WebhookAttempt(UUID deliveryId, Outcome outcome) {
        this.deliveryId = deliveryId;
        this.attemptedAt = outcome.at();
        this.statusCode = outcome.statusCode();
        this.error = outcome.error() == null || outcome.error().length() <= 500 ? outcome.error() : outcome.error().substring(0, 500);
        this.durationMs = outcome.durationMs();
    }

    /** What an attempt came to: a status code when the receiver answered, an error when it did not. */
    public record Outcome(Instant at, Integer statusCode, String error, long durationMs) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** What came of it, in a few words: {@code status 500}, or the error. */
        public String summary() {
            return error != null ? error : "status " + statusCode;
        }
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }

    public long durationMs() {
        return durationMs;
    }
}
