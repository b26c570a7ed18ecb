package smartcity.committee.agency;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Keeps the local agency copy current from agency-service's change feed. The cursor lives in this service's database,
 * so a restart resumes where it stopped; applying is idempotent (an event older than the copy is ignored); and a page is
 * applied only if the cursor has not moved since it was read, so two replicas never apply the same page twice.
 */
@ApplicationScoped
public class AgencyFeedFollower {

    static final String FEED = "agency";
    private static final int PAGE = 200;

    private final GuardedAgencyCalls calls;
    private final AgencyCopyRepository copies;
    private final EntityManager entityManager;

    AgencyFeedFollower(GuardedAgencyCalls calls, AgencyCopyRepository copies, EntityManager entityManager) {
        this.calls = calls;
        this.copies = copies;
        this.entityManager = entityManager;
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
     * Reads and applies pages until the feed has nothing new; returns how many events this follower applied (the events
     * of the pages it applied; a page another replica applied first counts for that replica only).
     */
    public int catchUp() {
        int applied = 0;
        for (int page = 0; page < 50; page++) {
            long position = position();
            AgencyChangePage changes = calls.changes(position, PAGE);
            if (changes.items() == null || changes.items().isEmpty()) {
                caughtUp();
                break;
            }
            applied += apply(position, changes);
        }
        return applied;
    }

    /** The feed was read to its end just now: what the lag gauge measures from. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void caughtUp() {
        entityManager.createNativeQuery("UPDATE feed_cursor SET read_at = ?1 WHERE feed = ?2")
                .setParameter(1, Instant.now()).setParameter(2, FEED).executeUpdate();
    }

    long position() {
        return ((Number) entityManager.createNativeQuery("SELECT position FROM feed_cursor WHERE feed = ?1")
                .setParameter(1, FEED).getSingleResult()).longValue();
    }

    @Transactional
    int apply(long readFrom, AgencyChangePage changes) {
        long current = ((Number) entityManager.createNativeQuery("SELECT position FROM feed_cursor WHERE feed = ?1 FOR UPDATE")
                .setParameter(1, FEED).getSingleResult()).longValue();
        if (current != readFrom) {
            return 0; // another replica applied this page meanwhile
        }
        for (AgencyChangePage.Change change : changes.items()) {
            if (change.data() == null) {
                continue;
            }
            long seq = Long.parseLong(change.cursor());
            var copy = copies.findByIdOptional(change.id());
            if (copy.isEmpty()) {
                copies.persist(new AgencyCopy(change.id(), change.data(), seq));
            } else {
                copy.get().apply(change.data(), seq); // an older state than the copy's is ignored
            }
        }
        int applied = changes.items().size();
        entityManager.createNativeQuery("UPDATE feed_cursor SET position = ?1, read_at = ?2 WHERE feed = ?3")
                .setParameter(1, Long.parseLong(changes.next()))
                .setParameter(2, Instant.now())
                .setParameter(3, FEED)
                .executeUpdate();
        return applied;
    }
}
