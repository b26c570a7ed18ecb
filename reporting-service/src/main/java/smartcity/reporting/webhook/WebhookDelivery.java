package smartcity.reporting.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one subscription: PENDING (waiting for its first attempt or a retry), DELIVERED (the
 * receiver answered 2xx) or FAILED (every attempt failed).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    private UUID id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private WebhookEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
        // for Hibernate
    }

    WebhookDelivery(UUID subscriptionId, WebhookEvent event, Instant now) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.event = event;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A dispatcher takes it for an attempt; no other dispatcher takes it again before {@code until}. */
    void claim(Instant until) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not due");
        }
        nextAttemptAt = until;
    }

    /**
     * The outcome of an attempt made at {@code at}: delivered, or due again as the schedule says, or failed for good. An
     * attempt finishing after the delivery was settled (a dispatcher that outlived its claim) changes nothing.
     */
    void attempted(boolean succeeded, Instant at, RetrySchedule schedule) {
        if (status != Status.PENDING) {
            return;
        }
        attempts++;
        if (succeeded) {
            status = Status.DELIVERED;
            deliveredAt = at;
            nextAttemptAt = null;
            return;
        }
        var next = schedule.next(attempts, at);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = Status.FAILED;
            nextAttemptAt = null;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public WebhookEvent event() {
        return event;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
