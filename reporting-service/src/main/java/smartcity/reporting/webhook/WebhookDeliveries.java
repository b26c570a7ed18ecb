package smartcity.reporting.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deliveries and the short transactions the dispatcher runs on them. Rows are taken with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so replicas running the dispatcher at the same time take different rows:
 * an event is queued once per subscription, and a due delivery is claimed by one replica only.
 */
@ApplicationScoped
public class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** What the sender needs for one attempt, read in the claiming transaction. */
    public record Due(UUID deliveryId, UUID eventId, WebhookEventType type, Instant occurredAt, String payload,
            String callbackUrl, String secret) {

        @Override
        public String toString() {
            return "Due[delivery=" + deliveryId + ", event=" + eventId + ", type=" + type.wireName() + ", to=" + callbackUrl + "]";
        }
    }

    private final WebhookEvents events;
    private final WebhookSubscriptionRepository subscriptions;
    private final RetrySchedule schedule;

    WebhookDeliveries(WebhookEvents events, WebhookSubscriptionRepository subscriptions, WebhookConfig config) {
        this.events = events;
        this.subscriptions = subscriptions;
        this.schedule = new RetrySchedule(config.retryDelays(), config.maxAttempts());
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
        Instant now = Instant.now();
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
     * Claims up to {@code limit} due deliveries of active subscriptions for one attempt each: they are not due again
     * before {@code lease} has passed, which only matters if this replica stops before it records the outcome.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> claimDue(int limit, Duration lease) {
        Instant now = Instant.now();
        List<UUID> ids = ids(getEntityManager().createNativeQuery("SELECT d.id FROM webhook_delivery d "
                + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1 "
                + "AND d.subscription_id IN (SELECT s.id FROM webhook_subscription s WHERE s.status = 'ACTIVE') "
                + "ORDER BY d.next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<WebhookDelivery> claimed = list("select d from WebhookDelivery d join fetch d.event where d.id in ?1", ids);
        Map<UUID, WebhookSubscription> owners = subscriptions
                .list("id in ?1", claimed.stream().map(WebhookDelivery::subscriptionId).distinct().toList()).stream()
                .collect(Collectors.toMap(WebhookSubscription::id, Function.identity()));
        List<Due> due = new ArrayList<>();
        for (WebhookDelivery delivery : claimed) {
            delivery.claim(now.plus(lease));
            WebhookSubscription subscription = owners.get(delivery.subscriptionId());
            WebhookEvent event = delivery.event();
            due.add(new Due(delivery.id(), event.id(), event.type(), event.occurredAt(), event.payload(),
                    subscription.callbackUrl(), subscription.secret()));
        }
        return due;
    }

    /** Logs the attempt and settles the delivery: delivered, due again later, or failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAttempt(UUID deliveryId, WebhookAttempt.Outcome outcome) {
        WebhookDelivery delivery = findById(deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            return; // its subscription was deleted meanwhile
        }
        getEntityManager().persist(new WebhookAttempt(deliveryId, outcome));
        delivery.attempted(outcome.succeeded(), outcome.at(), schedule);
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

    private static List<UUID> ids(List<?> rows) {
        return rows.stream().map(value -> value instanceof UUID id ? id : UUID.fromString(value.toString())).toList();
    }
}
