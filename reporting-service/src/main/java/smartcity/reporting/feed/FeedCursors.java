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
