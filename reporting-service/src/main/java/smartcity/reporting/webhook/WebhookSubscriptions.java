package smartcity.reporting.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import smartcity.reporting.api.PageRequest;
import smartcity.reporting.api.PageView;
import smartcity.reporting.api.ProblemDocument;
import smartcity.reporting.security.Caller;

/**
 * The use cases of webhook subscriptions. An agency editor manages its own agency's subscriptions only; the secretariat
 * and admins manage all, and only they approve. Ownership is checked before anything is changed or shown.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveries deliveries;
    private final CallbackUrlPolicy urls;
    private final KnownAgencies agencies;
    private final Caller caller;
    private final Clock clock;

    WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, WebhookDeliveries deliveries, CallbackUrlPolicy urls,
            KnownAgencies agencies, Caller caller, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.urls = urls;
        this.agencies = agencies;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * A new, PENDING subscription. The checks come first, outside any transaction (one an Idempotency-Key opened is
     * suspended meanwhile): they resolve the callback URL's host, and an agency the secretariat names that the registry's
     * copy does not know is looked up in agency-service; every broken rule is reported at once, and a 503 answers when
     * agency-service cannot be read. Only then is the subscription written, in the create's transaction.
     *
     * <p>An agency editor's agency is the one its token names, as everywhere in the suite: the identity provider's word,
     * not checked against the registry. The agency the secretariat gives is its choice, and must exist.
     */
    public WebhookSubscription create(SubscriptionCreate request) {
        UUID agencyId = request.agencyId();
        if (!caller.managesRegistry()) {
            UUID own = caller.editorAgency().orElseThrow(() -> new ForbiddenException("This token may not subscribe to webhooks"));
            if (agencyId != null && !agencyId.equals(own)) {
                throw new ForbiddenException("This token may not subscribe for agency " + agencyId);
            }
            agencyId = own;
        }
        UUID named = caller.managesRegistry() ? agencyId : null;
        String callbackUrl = request.callbackUrl().strip();
        Set<WebhookEventType> types = beforeTheTransaction(() -> checked(request, callbackUrl, named));
        String description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        WebhookSubscription subscription = WebhookSubscription.request(agencyId, callbackUrl, types, description, caller.name());
        return QuarkusTransaction.joiningExisting().call(() -> {
            subscriptions.persistAndFlush(subscription);
            return subscription;
        });
    }

    /** The event types asked for, once every field has passed its checks; all the broken rules at once otherwise. */
    private Set<WebhookEventType> checked(SubscriptionCreate request, String callbackUrl, UUID namedAgency) {
        List<ProblemDocument.FieldError> errors = new ArrayList<>();
        urls.problems(callbackUrl).forEach(message -> errors.add(new ProblemDocument.FieldError("callbackUrl", message)));
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : request.events()) {
            WebhookEventType.of(name == null ? "" : name.strip()).filter(WebhookEventType::subscribable).ifPresentOrElse(types::add,
                    () -> errors.add(new ProblemDocument.FieldError("events", "'" + name + "' is not an event type; the types are "
                            + String.join(", ", EnumSet.allOf(WebhookEventType.class).stream().filter(WebhookEventType::subscribable)
                            .map(WebhookEventType::wireName).toList()))));
        }
        if (namedAgency != null && !agencies.exists(namedAgency)) {
            errors.add(new ProblemDocument.FieldError("agencyId", "no agency has this id"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubscription(errors);
        }
        return types;
    }

    /** Runs the checks outside any transaction, resuming the caller's afterwards; a problem they throw comes out as it is. */
    private static <T> T beforeTheTransaction(java.util.function.Supplier<T> checks) {
        try {
            return QuarkusTransaction.suspendingExisting().call(checks::get);
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw e;
        }
    }

    /** The subscription, if the caller may see it (403 for another agency's). */
    public WebhookSubscription subscription(UUID id) {
        WebhookSubscription subscription = subscriptions.findByIdOptional(id).orElseThrow(() -> new WebhookSubscriptionNotFound(id));
        requireOwns(subscription);
        return subscription;
    }

    /** The caller's subscriptions: all for the secretariat and admins, its agency's for an agency editor. */
    public PageView<SubscriptionView> list(PageRequest page) {
        if (caller.managesRegistry()) {
            return PageView.of(subscriptions.all(), page, SubscriptionView::from);
        }
        UUID own = caller.editorAgency().orElseThrow(() -> new ForbiddenException("This token may not read webhook subscriptions"));
        return PageView.of(subscriptions.ofAgency(own), page, SubscriptionView::from);
    }

    @Transactional
    public WebhookSubscription approve(UUID id) {
        WebhookSubscription subscription = locked(id);
        subscription.approve(clock.instant(), caller.name());
        subscriptions.flush();
        return subscription;
    }

    /** Suspends it, and queues the notice of its suspension for it (shown in its delivery log, sent on resumption). */
    @Transactional
    public WebhookSubscription suspend(UUID id) {
        WebhookSubscription subscription = locked(id);
        requireOwns(subscription);
        subscription.suspend(clock.instant(), caller.name());
        deliveries.noticeSuspension(subscription);
        subscriptions.flush();
        return subscription;
    }

    /** Its owner (or the secretariat, or an admin) resumes a suspended subscription. */
    @Transactional
    public WebhookSubscription resume(UUID id) {
        WebhookSubscription subscription = locked(id);
        requireOwns(subscription);
        subscription.resume(clock.instant(), caller.name());
        subscriptions.flush();
        return subscription;
    }

    /** Deletes the subscription with its deliveries and their log. */
    @Transactional
    public void delete(UUID id) {
        WebhookSubscription subscription = locked(id);
        requireOwns(subscription);
        subscriptions.delete(subscription);
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    public PageView<DeliveryView> deliveries(UUID id, PageRequest page) {
        subscription(id);
        var query = deliveries.find("select d from WebhookDelivery d join fetch d.event where d.subscriptionId = ?1 "
                + "order by d.createdAt desc, d.id", id);
        List<WebhookDelivery> items = query.page(page.page, page.size).list();
        long total = deliveries.count("subscriptionId", id);
        Map<UUID, List<WebhookAttempt>> attempts = deliveries.attemptsOf(items.stream().map(WebhookDelivery::id).toList());
        return new PageView<>(items.stream().map(d -> DeliveryView.from(d, attempts.getOrDefault(d.id(), List.of()))).toList(),
                page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    private WebhookSubscription locked(UUID id) {
        return subscriptions.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new WebhookSubscriptionNotFound(id));
    }

    private void requireOwns(WebhookSubscription subscription) {
        if (caller.managesRegistry()) {
            return;
        }
        UUID own = caller.editorAgency().orElse(null);
        if (own == null || !own.equals(subscription.agencyId())) {
            throw new ForbiddenException("This token may not manage webhook subscription " + subscription.id());
        }
    }
}
