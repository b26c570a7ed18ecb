package smartcity.reporting.feed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

/**
 * The cursors of the change feeds this service follows, and the loop every follower runs ({@link #follow}). The
 * transactions are opened here with {@link QuarkusTransaction}, not by interceptors, so nothing relies on ArC
 * intercepting a call a bean makes to itself.
 */
@ApplicationScoped
public class FeedCursors implements PanacheRepositoryBase<FeedCursor, String> {

    /** The cursor, locked for the rest of the transaction: take it first, before reading anything it guards. */
    public FeedCursor locked(String feed) {
        return findById(feed, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The cursor's position as committed now (a query, so never a stale copy held by the persistence context). */
    public long position(String feed) {
        return QuarkusTransaction.requiringNew().call(() -> getEntityManager()
                .createQuery("select c.position from FeedCursor c where c.feed = ?1", Long.class)
                .setParameter(1, feed).getSingleResult());
    }

    /** The feeds this service follows: one cursor row each, written by the migration that introduced the feed. */
    public List<String> feeds() {
        return QuarkusTransaction.requiringNew().call(() -> getEntityManager()
                .createQuery("select c.feed from FeedCursor c order by c.feed", String.class).getResultList());
    }

    /**
     * Reads and applies pages of a feed until it has nothing new: read after the stored position, stop (and record the
     * time) at an empty page, apply a page under the cursor's lock ({@link #apply}), and stop rather than spin when a
     * page moved nothing. A failure is recorded for the freshness of what this service shows, and rethrown.
     *
     * @return what the applied pages changed, summed (a page another replica applied first counts for that replica)
     */
    public <P> int follow(FollowedFeed<P> feed) {
        int applied = 0;
        try {
            while (true) {
                long position = position(feed.name());
                P page = feed.read().apply(position);
                if (feed.empty().test(page)) {
                    caughtUp(feed.name());
                    return applied;
                }
                applied += apply(feed, position, page);
                if (position(feed.name()) == position) {
                    return applied; // the page moved nothing: do not spin
                }
            }
        } catch (RuntimeException e) {
            try {
                failed(feed.name(), e);
            } catch (RuntimeException recording) {
                e.addSuppressed(recording); // the database is what failed: the original error says more
            }
            throw e;
        }
    }

    /**
     * Applies a page read at {@code readFrom} in a transaction of its own, whoever calls: the cursor row is locked first,
     * and the page is applied only if the cursor is still where the page was read, so two replicas never apply the same
     * page; then the cursor moves past it, in the same transaction as the changes.
     *
     * @return what the page changed; 0 when the cursor had moved on (another replica applied the page meanwhile)
     */
    public <P> int apply(FollowedFeed<P> feed, long readFrom, P page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FeedCursor cursor = locked(feed.name());
            if (cursor.position() != readFrom) {
                return 0;
            }
            int applied = feed.apply().applyAsInt(page);
            cursor.advance(feed.next().applyAsLong(page), Instant.now());
            return applied;
        });
    }

    /** The feed was read to its end just now. */
    void caughtUp(String feed) {
        QuarkusTransaction.requiringNew().run(() -> locked(feed).caughtUp(Instant.now()));
    }

    /** The source did not answer; its data stays as of the last successful read. */
    void failed(String feed, RuntimeException error) {
        QuarkusTransaction.requiringNew().run(() -> locked(feed)
                .failed(Instant.now(), String.valueOf(error.getMessage() == null ? error : error.getMessage())));
    }
}
