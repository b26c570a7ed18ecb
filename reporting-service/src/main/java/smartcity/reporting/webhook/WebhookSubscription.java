package smartcity.reporting.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import smartcity.reporting.persistence.AuditedEntity;

/**
 * An integrating system's subscription: where to call, for which events, and the secret the calls are signed with. It
 * starts PENDING and receives nothing until the secretariat approves it; it receives the events that occur while it is
 * ACTIVE. It is SUSPENDED by its owner or the secretariat, or by itself when its receiver keeps failing
 * ({@link SuspensionRule}); it keeps when and why until it is resumed. The secret is kept as-is (HMAC needs it in
 * clear): it must be protected like a credential.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who is recorded as the editor when the dispatcher suspends a subscription. */
    static final String DISPATCHER = "reporting-service (webhook dispatcher)";

    /** PENDING until approved, ACTIVE while it receives events, SUSPENDED while it does not. */
    public enum Status { PENDING, ACTIVE, SUSPENDED }

    @Id
    private UUID id;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "callback_url", nullable = false, length = 2000)
    private String callbackUrl;

    @Column(name = "events", nullable = false, length = 200)
    private String events;

    @Column(name = "description", length = 300)
    private String description;

    @Column(name = "secret", nullable = false, length = 64)
    private String secret;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "active_since")
    private Instant activeSince;

    /** Failed attempts since the last successful one, of any of its deliveries. */
    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    /** When the first of those failed attempts was made; null while the last attempt succeeded. */
    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspension_reason", length = 500)
    private String suspensionReason;

    // webhook_subscription.in_flight_until is deliberately not mapped: the dispatcher's lease on the subscription's turn
    // (WebhookDeliveries) is set by statements of its own, so that neither the version nor the audit columns move with it

    protected WebhookSubscription() {
        // for Hibernate
    }

    /** A new, PENDING subscription with a fresh secret (32 random bytes, base64url without padding). */
    static WebhookSubscription request(UUID agencyId, String callbackUrl, Set<WebhookEventType> events, String description,
            String actor) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one event type");
        }
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.agencyId = agencyId;
        subscription.callbackUrl = callbackUrl;
        subscription.events = EnumSet.copyOf(events).stream().map(WebhookEventType::wireName).collect(Collectors.joining(","));
        subscription.description = description;
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        subscription.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        subscription.status = Status.PENDING;
        subscription.recordCreator(actor);
        subscription.recordEditor(actor);
        return subscription;
    }

    /** The secretariat approves a pending subscription, or resumes a suspended one: it receives what occurs from now. */
    void approve(Instant now, String actor) {
        if (status == Status.ACTIVE) {
            throw new SubscriptionStateConflict("The subscription is active already");
        }
        activate(now, actor);
    }

    /** Its owner (or the secretariat) resumes a suspended subscription: it receives what occurs from now. */
    void resume(Instant now, String actor) {
        if (status != Status.SUSPENDED) {
            throw new SubscriptionStateConflict("The subscription is " + status.name().toLowerCase()
                    + "; only a suspended subscription can be resumed" + (status == Status.PENDING
                    ? " (a pending one waits for the secretariat's approval)" : ""));
        }
        activate(now, actor);
    }

    /**
     * Stops deliveries: events that occur while suspended are not sent; those already queued wait for its resumption.
     */
    void suspend(Instant now, String actor) {
        if (status != Status.ACTIVE) {
            throw new SubscriptionStateConflict("The subscription is " + status.name().toLowerCase()
                    + "; only an active subscription can be suspended");
        }
        suspended(now, "suspended by " + actor, actor);
    }

    /**
     * Counts an attempt at one of its deliveries, made at {@code at}: a success ends a run of failures; a failure extends
     * it, and suspends the subscription when the rule says so.
     *
     * @return whether this attempt suspended it
     */
    boolean attempted(boolean succeeded, Instant at, String lastError, SuspensionRule rule) {
        if (succeeded) {
            if (consecutiveFailures != 0 || failingSince != null) {
                consecutiveFailures = 0;
                failingSince = null;
            }
            return false;
        }
        consecutiveFailures++;
        if (failingSince == null) {
            failingSince = at;
        }
        if (status != Status.ACTIVE) {
            return false;
        }
        var reason = rule.reason(consecutiveFailures, failingSince, at, lastError);
        reason.ifPresent(why -> suspended(at, why, DISPATCHER));
        return reason.isPresent();
    }

    private void activate(Instant now, String actor) {
        status = Status.ACTIVE;
        activeSince = now;
        suspendedAt = null;
        suspensionReason = null;
        // a resumed receiver gets a fresh count: the failures before it was suspended do not suspend it again at once
        consecutiveFailures = 0;
        failingSince = null;
        recordEditor(actor);
    }

    private void suspended(Instant at, String reason, String actor) {
        status = Status.SUSPENDED;
        suspendedAt = at;
        suspensionReason = reason.length() <= 500 ? reason : reason.substring(0, 500);
        recordEditor(actor);
    }

    /** Whether an event should be delivered to it: it is active, wants the type, and the event occurred since it became active. */
    boolean wants(WebhookEvent event) {
        return status == Status.ACTIVE && eventTypes().contains(event.type()) && !event.occurredAt().isBefore(activeSince);
    }

    public Set<WebhookEventType> eventTypes() {
        return Arrays.stream(events.split(",")).map(name -> WebhookEventType.of(name).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEventType.class)));
    }

    public UUID id() {
        return id;
    }

    /** The agency it belongs to; null for the secretariat's own subscriptions. */
    public UUID agencyId() {
        return agencyId;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public String description() {
        return description;
    }

    String secret() {
        return secret;
    }

    public Status status() {
        return status;
    }

    public Instant activeSince() {
        return activeSince;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public String suspensionReason() {
        return suspensionReason;
    }
}
