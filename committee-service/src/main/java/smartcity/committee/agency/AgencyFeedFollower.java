package smartcity.committee.agency;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import smartcity.committee.feed.FeedCursors;
import smartcity.committee.feed.FollowedFeed;
import smartcity.committee.feed.Freshness;

/**
 * Keeps the local agency copy current from agency-service's change feed, with the loop every follower in the suite
 * shares ({@link FeedCursors#follow}): the cursor lives in this service's database, so a restart resumes where it
 * stopped; a page is applied only if the cursor has not moved since it was read, so two replicas never apply the same
 * page twice; and applying is idempotent (an event older than the copy is ignored). What is here is what a change does
 * to the copy.
 */
@ApplicationScoped
public class AgencyFeedFollower {

    private static final int PAGE = 200;

    private final AgencyCopyRepository copies;
    private final FeedCursors cursors;
    private final FollowedFeed<AgencyChangePage> feed;
    private final Event<AgencyCopyChanged> changed;

    AgencyFeedFollower(GuardedAgencyCalls calls, AgencyCopyRepository copies, FeedCursors cursors,
            Event<AgencyCopyChanged> changed) {
        this.copies = copies;
        this.cursors = cursors;
        this.changed = changed;
        this.feed = new FollowedFeed<>(Freshness.AGENCY, after -> calls.changes(after, PAGE),
                changes -> changes.items() == null || changes.items().isEmpty(),
                changes -> Long.parseLong(changes.next()), this::applyChanges);
    }

    @Scheduled(every = "${smartcity.agency-feed.every:5s}", delayed = "${smartcity.agency-feed.delayed:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            Log.debugf("agency change feed not read this time: %s", e.toString());
        }
    }

    /**
     * Reads and applies pages until the feed has nothing new; returns how many events this follower applied (a page
     * another replica applied first counts for that replica only). Throws when agency-service cannot be read, after
     * recording the failure on the cursor.
     */
    public int catchUp() {
        return cursors.follow(feed);
    }

    /** Applies a page read at {@code readFrom}, unless the cursor has moved on since; returns how many events changed the copy. */
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
            var copy = copies.findByIdOptional(change.id());
            if (copy.isEmpty()) {
                copies.persist(new AgencyCopy(change.id(), change.data(), seq));
                changed.fire(new AgencyCopyChanged(change.id()));
                applied++;
            } else if (copy.get().apply(change.data(), seq)) { // an older state than the copy's is ignored
                changed.fire(new AgencyCopyChanged(change.id()));
                applied++;
            }
        }
        return applied;
    }
}
