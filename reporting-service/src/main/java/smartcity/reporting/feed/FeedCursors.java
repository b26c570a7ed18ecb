package smartcity.reporting.feed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The cursors of the followed feeds. */
@ApplicationScoped
public class FeedCursors implements PanacheRepositoryBase<FeedCursor, String> {

    /** The cursor, locked for the rest of the transaction: take it first, before reading anything it guards. */
    public FeedCursor locked(String feed) {
        return findById(feed, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The cursor's position as committed now (a query, so never a stale copy held by the persistence context). */
    public long position(String feed) {
        return getEntityManager().createQuery("select c.position from FeedCursor c where c.feed = ?1", Long.class)
                .setParameter(1, feed).getSingleResult();
    }

    /** Moves the cursor past an applied page (in the applying transaction). */
    public void advance(FeedCursor cursor, long to) {
        cursor.advance(to, Instant.now());
    }

    /**
     * Reads and applies pages of a feed until it has nothing new, the loop both followers share: read from the stored
     * position, stop (and record the time) at an empty page, apply a page under the cursor's lock, and stop rather than
     * spin when a page moved nothing. A failure is recorded for the freshness of reports and rethrown.
     *
     * @return what the applied pages count, summed
     */
    public <P> int follow(String feed, java.util.function.LongFunction<P> read, java.util.function.Predicate<P> empty,
            java.util.function.ToIntBiFunction<Long, P> apply) {
        int applied = 0;
        try {
            while (true) {
                long position = position(feed);
                P page = read.apply(position);
                if (empty.test(page)) {
                    caughtUp(feed);
                    return applied;
                }
                applied += apply.applyAsInt(position, page);
                if (position(feed) == position) {
                    return applied; // the page moved nothing: do not spin
                }
            }
        } catch (RuntimeException e) {
            failed(feed, e);
            throw e;
        }
    }

    /** The feed was read to its end just now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void caughtUp(String feed) {
        locked(feed).caughtUp(Instant.now());
    }

    /** The source did not answer; its data stays as of the last successful read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String feed, RuntimeException error) {
        locked(feed).failed(Instant.now(), String.valueOf(error.getMessage() == null ? error : error.getMessage()));
    }
}
