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
import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;
import smartcity.reporting.persistence.AuditedEntity;

/**
 * An integrating system's subscription: where to call, for which events, and the secret the calls are signed with. It
 * starts PENDING and receives nothing until the secretariat approves it; it receives the events that occur while it is
 * ACTIVE. The secret is kept as-is (HMAC needs it in clear): it must be protected like a credential.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

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
            throw new DomainProblem(ProblemType.CONFLICT, "The subscription is active already") { };
        }
        status = Status.ACTIVE;
        activeSince = now;
        recordEditor(actor);
    }

    /** Stops deliveries: events that occur while suspended are not sent; those already queued wait for its resumption. */
    void suspend(String actor) {
        if (status != Status.ACTIVE) {
            throw new DomainProblem(ProblemType.CONFLICT, "The subscription is " + status.name().toLowerCase()
                    + "; only an active subscription can be suspended") { };
        }
        status = Status.SUSPENDED;
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
}
