package smartcity.reporting.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The deliveries and the short transactions the dispatcher runs on them. Each subscription is served in turns, one
 * attempt at a time, so that its deliveries go out in order and a slow receiver holds up no one else: a turn is taken
 * with a conditional update of {@code webhook_subscription.in_flight_until} (the lease), which one replica alone can win,
 * and ends when the lease is cleared or runs out (a replica that stops mid-turn frees the subscription by itself). New
 * events are taken with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so replicas fanning out at the same time take
 * different ones and an event is queued once per subscription.
 *
 * <p>Locks are taken subscription first, then delivery, everywhere (here and in {@link WebhookSubscriptions}), and
 * no transaction here waits for a receiver: each attempt is made between two of them.
 */
@ApplicationScoped
public class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** What the sender needs for one attempt, read when it was claimed, and the lease of the turn it is made in. */
    public record Due(UUID deliveryId, UUID subscriptionId, UUID eventId, WebhookEventType type, Instant occurredAt,
            String payload, String callbackUrl, String secret, Instant leaseUntil) {

        @Override
        public String toString() {
            return "Due[delivery=" + deliveryId + ", event=" + eventId + ", type=" + type.wireName() + ", to=" + callbackUrl + "]";
        }
    }

    private final WebhookEvents events;
    private final WebhookSubscriptionRepository subscriptions;
    private final RetrySchedule schedule;
    private final SuspensionRule suspension;
    private final Clock clock;

    WebhookDeliveries(WebhookEvents events, WebhookSubscriptionRepository subscriptions, WebhookConfig config, Clock clock) {
        this.events = events;
        this.subscriptions = subscriptions;
        this.schedule = new RetrySchedule(config.retryDelays(), config.maxAttempts());
        this.suspension = new SuspensionRule(config.suspendAfterFailures(), config.suspendAfterFailingFor());
        this.clock = clock;
    }

    /** Queues a delivery of each of the next events not fanned out yet for every subscription that wants it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut(int limit) {
        List<UUID> ids = ids(getEntityManager().createNativeQuery("SELECT id FROM webhook_event WHERE fanned_out_at IS NULL "
                + "ORDER BY occurred_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED").setParameter(1, limit).getResultList());
        if (ids.isEmpty()) {
            return 0;
        }
        List<WebhookSubscription> active = subscriptions.list("status", WebhookSubscription.Status.ACTIVE);
        Instant now = clock.instant();
        for (WebhookEvent event : events.list("id in ?1", ids)) {
            for (WebhookSubscription subscription : active) {
                if (subscription.wants(event)) {
                    persist(new WebhookDelivery(subscription.id(), event, now));
                }
            }
            event.fannedOut(now);
        }
        return ids.size();
    }

    /**
     * Up to {@code limit} active subscriptions with a due delivery whose turn no replica holds, the one waiting longest
     * first, leaving out {@code excluded}. A plain read: {@link #claim} decides who gets each turn.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> waiting(int limit, Collection<UUID> excluded) {
        var query = getEntityManager().createNativeQuery("SELECT d.subscription_id FROM webhook_delivery d "
                        + "JOIN webhook_subscription s ON s.id = d.subscription_id "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1 AND s.status = 'ACTIVE' "
                        + "AND (s.in_flight_until IS NULL OR s.in_flight_until <= ?1)"
                        + (excluded.isEmpty() ? "" : " AND d.subscription_id NOT IN (?3)")
                        + " GROUP BY d.subscription_id ORDER BY MIN(d.next_attempt_at), d.subscription_id LIMIT ?2")
                .setParameter(1, clock.instant()).setParameter(2, limit);
        if (!excluded.isEmpty()) {
            query.setParameter(3, excluded.stream().map(UUID::toString).toList());
        }
        return ids(query.getResultList());
    }

    /**
     * Takes the subscription's turn, unless a replica holds it or it is not active, and claims its next due delivery:
     * the turn is held, and the delivery not due again, until {@code lease} has passed, which only matters if this
     * replica stops before it records the outcome. Empty when the turn is not taken or nothing is due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Due> claim(UUID subscriptionId, Duration lease) {
        Instant now = clock.instant();
        Instant until = leaseEnd(now, lease);
        int taken = getEntityManager().createNativeQuery("UPDATE webhook_subscription SET in_flight_until = ?1 "
                        + "WHERE id = ?2 AND status = 'ACTIVE' AND (in_flight_until IS NULL OR in_flight_until <= ?3)")
                .setParameter(1, until).setParameter(2, subscriptionId.toString()).setParameter(3, now).executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        Optional<Due> next = next(subscriptionId, now, until);
        if (next.isEmpty()) {
            release(subscriptionId, until);
        }
        return next;
    }

    /**
     * Logs the attempt, settles the delivery (delivered, due again later, or failed) and counts the attempt for the
     * subscription, which suspends it after repeated failures ({@link SuspensionRule}). Then, if {@code goOn} and the
     * attempt succeeded, claims the subscription's next due delivery in the same turn; otherwise the turn ends.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Due> recordAttempt(Due due, WebhookAttempt.Outcome outcome, boolean goOn, Duration lease) {
        WebhookSubscription subscription = subscriptions.findById(due.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            return Optional.empty(); // deleted meanwhile, with its deliveries
        }
        WebhookDelivery delivery = findById(due.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery != null) {
            getEntityManager().persist(new WebhookAttempt(due.deliveryId(), outcome));
            delivery.attempted(outcome.succeeded(), outcome.at(), schedule);
        }
        if (subscription.attempted(outcome.succeeded(), outcome.at(), outcome.summary(), suspension)) {
            Log.warnf("webhook subscription %s suspended: %s", subscription.id(), subscription.suspensionReason());
            noticeSuspension(subscription);
        }
        if (goOn && outcome.succeeded() && subscription.status() == WebhookSubscription.Status.ACTIVE) {
            Instant now = clock.instant();
            Instant until = leaseEnd(now, lease);
            int renewed = getEntityManager().createNativeQuery("UPDATE webhook_subscription SET in_flight_until = ?1 "
                            + "WHERE id = ?2 AND in_flight_until = ?3")
                    .setParameter(1, until).setParameter(2, subscription.id().toString()).setParameter(3, due.leaseUntil())
                    .executeUpdate();
            if (renewed == 0) {
                return Optional.empty(); // the lease ran out and another turn has begun: it goes on from here
            }
            Optional<Due> next = next(subscription.id(), now, until);
            if (next.isPresent()) {
                return next;
            }
            release(subscription.id(), until);
            return Optional.empty();
        }
        release(subscription.id(), due.leaseUntil());
        return Optional.empty();
    }

    /** Ends a turn whose outcome could not be recorded, if it still holds the lease (which runs out anyway). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void endTurn(Due due) {
        release(due.subscriptionId(), due.leaseUntil());
    }

    /**
     * Queues a {@code webhook-subscription.suspended} notice for the subscription just suspended, in the transaction that
     * suspended it: it shows in the subscription's delivery log at once, and is sent once the subscription is resumed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noticeSuspension(WebhookSubscription subscription) {
        WebhookEvent notice = events.notice(WebhookEventType.SUBSCRIPTION_SUSPENDED, SubscriptionSuspended.of(subscription),
                subscription.suspendedAt());
        persist(new WebhookDelivery(subscription.id(), notice, subscription.suspendedAt()));
    }

    /** The attempts at the given deliveries, oldest first, by delivery. */
    public Map<UUID, List<WebhookAttempt>> attemptsOf(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a from WebhookAttempt a where a.deliveryId in ?1 "
                        + "order by a.attemptedAt, a.id", WebhookAttempt.class)
                .setParameter(1, deliveryIds).getResultStream()
                .collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
    }

    /**
     * The subscription's next due delivery, claimed until {@code until}, in the transaction that holds its turn: the
     * one due first, and of those the one whose event occurred first, so that the subscription's events go in order.
     */
    private Optional<Due> next(UUID subscriptionId, Instant now, Instant until) {
        List<UUID> ids = ids(getEntityManager().createNativeQuery("SELECT d.id FROM webhook_delivery d "
                        + "JOIN webhook_event e ON e.id = d.event_id "
                        + "WHERE d.subscription_id = ?1 AND d.status = 'PENDING' AND d.next_attempt_at <= ?2 "
                        + "ORDER BY d.next_attempt_at, e.occurred_at, d.id LIMIT 1")
                .setParameter(1, subscriptionId.toString()).setParameter(2, now).getResultList());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        WebhookDelivery delivery = find("select d from WebhookDelivery d join fetch d.event where d.id = ?1", ids.get(0))
                .singleResult();
        WebhookSubscription subscription = subscriptions.findById(subscriptionId);
        delivery.claim(until);
        WebhookEvent event = delivery.event();
        return Optional.of(new Due(delivery.id(), subscriptionId, event.id(), event.type(), event.occurredAt(), event.payload(),
                subscription.callbackUrl(), subscription.secret(), until));
    }

    /** Clears the lease if it is still {@code until}: a turn never ends a later one. */
    private void release(UUID subscriptionId, Instant until) {
        getEntityManager().createNativeQuery("UPDATE webhook_subscription SET in_flight_until = NULL "
                        + "WHERE id = ?1 AND in_flight_until = ?2")
                .setParameter(1, subscriptionId.toString()).setParameter(2, until).executeUpdate();
    }

    /** The column keeps microseconds: a lease compared for equality must have no more. */
    private static Instant leaseEnd(Instant now, Duration lease) {
        return now.plus(lease).truncatedTo(ChronoUnit.MICROS);
    }

    private static List<UUID> ids(List<?> rows) {
        return rows.stream().map(value -> value instanceof UUID id ? id : UUID.fromString(value.toString())).toList();
    }
}
