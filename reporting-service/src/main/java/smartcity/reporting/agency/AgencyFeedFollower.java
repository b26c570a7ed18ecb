package smartcity.reporting.agency;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.FollowedFeed;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.webhook.WebhookEventType;
import smartcity.reporting.webhook.WebhookEvents;

/**
 * Keeps the local agency copy current from agency-service's change feed, with the loop every follower shares
 * ({@link FeedCursors#follow}): the cursor lives in this service's database, so a restart resumes where it stopped; a
 * page is applied only if the cursor has not moved since it was read, so two replicas never apply the same page twice;
 * and applying is idempotent (a state older than the copy is ignored). What is here is what a change does to the copy.
 */
@ApplicationScoped
public class AgencyFeedFollower {

    private static final int PAGE = 500;

    private final AgencyCopies copies;
    private final FeedCursors cursors;
    private final WebhookEvents events;
    private final FollowedFeed<AgencyChangePage> feed;

    AgencyFeedFollower(GuardedAgencyCalls calls, AgencyCopies copies, FeedCursors cursors, WebhookEvents events) {
        this.copies = copies;
        this.cursors = cursors;
        this.events = events;
        this.feed = new FollowedFeed<>(Freshness.AGENCY, after -> calls.changes(after, PAGE),
                changes -> changes.items() == null || changes.items().isEmpty(),
                changes -> Long.parseLong(changes.next()), this::applyChanges);
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
        return cursors.follow(feed);
    }

    /** Applies a page read at {@code readFrom}, unless the cursor has moved on since; returns how many changes it made. */
    int apply(long readFrom, AgencyChangePage changes) {
        return cursors.apply(feed, readFrom, changes);
    }

    /** In the transaction that holds the cursor's lock. */
    private int applyChanges(AgencyChangePage changes) {
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
                events.record(WebhookEventType.AGENCY_CHANGED, new AgencyChanged(change.type(), copy.summary()));
            }
        }
        return applied;
    }
}
