package smartcity.reporting.framework;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.FollowedFeed;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.webhook.EventPayloads;
import smartcity.reporting.webhook.WebhookEventType;
import smartcity.reporting.webhook.WebhookEvents;

/**
 * Keeps the copy of committee-service's data current from its change feed, with the loop every follower shares
 * ({@link FeedCursors#follow}): the cursor lives in this service's database, so a restart resumes where it stopped; a
 * page is applied only if the cursor has not moved since it was read, so two replicas never apply the same page; and
 * each row keeps the revision it came from and an older revision never overwrites a newer one, so applying a page twice
 * changes nothing. What is here is what a change does to the copy.
 */
@ApplicationScoped
public class CommitteeFeedFollower {

    private static final int PAGE = 500;

    private final FeedCursors cursors;
    private final EntityManager db;
    private final WebhookEvents events;
    private final FollowedFeed<CommitteeChangePage> feed;

    CommitteeFeedFollower(GuardedCommitteeCalls calls, FeedCursors cursors, EntityManager db, WebhookEvents events) {
        this.cursors = cursors;
        this.db = db;
        this.events = events;
        this.feed = new FollowedFeed<>(Freshness.COMMITTEE, after -> calls.changes(after, PAGE),
                changes -> changes.items() == null || changes.items().isEmpty(),
                changes -> Long.parseLong(changes.next()), this::applyChanges);
    }

    @Scheduled(every = "${smartcity.committee-feed.every:5s}", delayed = "${smartcity.committee-feed.delayed:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            Log.debugf("committee change feed not read this time: %s", e.toString());
        }
    }

    /** Reads and applies pages until the feed has nothing new; returns how many changes were read. */
    public int catchUp() {
        return cursors.follow(feed);
    }

    /** Applies a page read at {@code readFrom}, unless the cursor has moved on since; returns how many changes it read. */
    int apply(long readFrom, CommitteeChangePage changes) {
        return cursors.apply(feed, readFrom, changes);
    }

    /** In the transaction that holds the cursor's lock. */
    private int applyChanges(CommitteeChangePage changes) {
        int applied = 0;
        for (CommitteeChangePage.Change item : changes.items()) {
            var kind = CopiedKind.of(item.kind());
            if (kind.isEmpty()) {
                continue; // a kind this service does not keep
            }
            long revision = item.revisionOrCursor();
            String id = String.valueOf(item.id());
            boolean deleted = item.deleted();
            boolean announced = kind.get() == CopiedKind.ASSIGNMENT && changesAssignment(id, revision, deleted);
            Query statement;
            if (deleted) {
                statement = db.createNativeQuery(kind.get().delete()).setParameter(1, id).setParameter(2, revision);
            } else {
                statement = db.createNativeQuery(kind.get().upsert()).setParameter(1, id);
                int p = 2;
                for (String field : kind.get().fields) {
                    statement.setParameter(p++, CopiedKind.value(item.data(), field));
                }
                statement.setParameter(p, revision);
            }
            statement.executeUpdate();
            if (announced) {
                events.record(WebhookEventType.ASSIGNMENT_CHANGED,
                        EventPayloads.assignment(id, item.change(), item.data(), revision));
            }
            applied++;
        }
        return applied;
    }

    /** Whether the item changes the copy (the same guard as the upsert and delete): newer than the row, or a new row. */
    private boolean changesAssignment(String id, long revision, boolean deleted) {
        var held = db.createNativeQuery("SELECT revision FROM assignment_copy WHERE id = ?1").setParameter(1, id).getResultList();
        return held.isEmpty() ? !deleted : ((Number) held.get(0)).longValue() < revision;
    }
}
