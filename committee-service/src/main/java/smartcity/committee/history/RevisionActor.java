package smartcity.committee.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;
import org.hibernate.envers.RevisionListener;

/**
 * Gives each revision its place in the change feed and stamps it with the caller's subject (changes made outside a
 * request, such as the agency feed follower's, have none).
 *
 * <p>Envers calls {@link #newRevision} while the transaction completes: after Hibernate has flushed the changes, before
 * it inserts the revision row (where MariaDB hands out the AUTO_INCREMENT id), on the transaction's own connection
 * (hibernate-envers 7.2: {@code AuditProcess.getCurrentRevisionData} calls {@code generate()}, which calls the listener,
 * then {@code saveRevisionData}). Taking the lock on the one row of {@code feed_head} here means a transaction gets its
 * revision id only after the transaction before it has committed, and keeps the lock until its own commit or rollback.
 * Revision ids therefore become visible in commit order: a reader that has seen revision n never later finds a smaller
 * one, which is what lets the feed use the id as its cursor. After the lock a transaction only inserts the revision
 * and its audit rows, so it never waits for a lock that a transaction queued behind it holds.
 */
public class RevisionActor implements RevisionListener {

    private static final String TAKE_TURN = "SELECT id FROM feed_head WHERE id = 1 FOR UPDATE";

    @Override
    public void newRevision(Object entity) {
        Revision revision = (Revision) entity;
        takeTurn();
        // Envers stamped the time before we waited for our turn; the time we got it keeps occurredAt in cursor order
        revision.occurredAt(System.currentTimeMillis());
        revision.actor(caller());
    }

    private static void takeTurn() {
        InstanceHandle<EntityManager> entityManager = Arc.container().instance(EntityManager.class);
        if (!entityManager.isAvailable()) {
            throw new IllegalStateException("no EntityManager to order the revision with");
        }
        // doWork runs on the session's connection, inside its transaction, and does not flush
        entityManager.get().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(TAKE_TURN); ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("feed_head has no row: the change feed cannot order revisions");
                }
            }
        });
    }

    private static String caller() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
            return identity.isAvailable() && !identity.get().isAnonymous() ? identity.get().getPrincipal().getName() : null;
        }
    }
}
