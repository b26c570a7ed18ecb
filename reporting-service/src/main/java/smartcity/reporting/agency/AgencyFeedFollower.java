package smartcity.reporting.agency;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import smartcity.reporting.feed.FeedCursor;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.webhook.EventPayloads;
import smartcity.reporting.webhook.WebhookEventType;
import smartcity.reporting.webhook.WebhookEvents;

/**
 * Keeps the local agency copy current from agency-service's change feed. The cursor lives in this service's database, so
 * a restart resumes where it stopped; applying is idempotent (a state older than the copy is ignored); and a page is
 * applied only if the cursor has not moved since it was read, so two replicas never apply the same page twice.
 */
@ApplicationScoped
public class AgencyFeedFollower {

    private static final int PAGE = 500;

    private final AgencyServiceClient client;
    private final AgencyCopies copies;
    private final FeedCursors cursors;
    private final WebhookEvents events;

    AgencyFeedFollower(@RestClient AgencyServiceClient client, AgencyCopies copies, FeedCursors cursors, WebhookEvents events) {
        this.client = client;
        this.copies = copies;
        this.cursors = cursors;
        this.events = events;
    }

    @Scheduled(every = "${smartcity.agency-feed.every:5s}", delayed = "${smartcity.agency-feed.delayed:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            Log.debugf("agency change feed not read this time: %s", e.toString());
        }
    }

    /**
     * Reads and applies pages until the feed has nothing new; returns how many changes were applied. Throws when
     * agency-service cannot be read, after recording the failure for the freshness of reports.
     */
    public int catchUp() {
        return cursors.follow(Freshness.AGENCY, this::page,
                changes -> changes.items() == null || changes.items().isEmpty(), this::apply);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("agency-service-feed")
    AgencyChangePage page(long after) {
        return client.changes(Long.toString(after), PAGE);
    }

    // its own transaction, whoever calls: the cursor row is locked first and released at once
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int apply(long readFrom, AgencyChangePage changes) {
        FeedCursor cursor = cursors.locked(Freshness.AGENCY);
        if (cursor.position() != readFrom) {
            return 0; // another replica applied this page meanwhile
        }
        int applied = 0;
        for (AgencyChangePage.Change change : changes.items()) {
            if (change.data() == null) {
                continue;
            }
            long seq = Long.parseLong(change.cursor());
            AgencyCopy copy = copies.findById(change.id());
            boolean changed;
            if (copy == null) {
                copy = new AgencyCopy(change.id());
                changed = copy.apply(change.data(), seq);
                copies.persist(copy);
            } else {
                changed = copy.apply(change.data(), seq);
            }
            if (changed) {
                applied++;
                // announced in this transaction: the event exists exactly when the change is applied
                events.record(WebhookEventType.AGENCY_CHANGED, EventPayloads.agency(change.type(), copy.summary()));
            }
        }
        cursors.advance(cursor, Long.parseLong(changes.next()));
        return applied;
    }
}
