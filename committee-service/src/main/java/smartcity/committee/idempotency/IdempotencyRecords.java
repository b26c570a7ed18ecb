package smartcity.committee.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code idempotency_record}, in native SQL: the protocol depends on the INSERT reaching the database first
 * in the create's transaction (its primary key lock is what makes a concurrent retry wait), so it is not left to
 * Hibernate's flush order. Times are the database's clock, one for every replica.
 */
@ApplicationScoped
class IdempotencyRecords {

    // MariaDB error codes: the key row exists; lost a deadlock on it; waited too long for it
    private static final int DUPLICATE_KEY = 1062;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private final EntityManager entityManager;

    IdempotencyRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes the key for this request, as the first statement of the create's transaction. Blocks while another
     * transaction holds the same key; throws {@link KeyTaken} when that one committed (or the database gave up
     * waiting), so that the caller replays its answer after this transaction has rolled back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void claim(String caller, IdempotencyKey key, String operation, String fingerprint) {
        try {
            entityManager.createNativeQuery("INSERT INTO idempotency_record (caller, idempotency_key, operation, fingerprint, "
                            + "created_at) VALUES (?1, ?2, ?3, ?4, UTC_TIMESTAMP(6))")
                    .setParameter(1, caller)
                    .setParameter(2, key.value())
                    .setParameter(3, operation)
                    .setParameter(4, fingerprint)
                    .executeUpdate();
        } catch (RuntimeException e) {
            if (keyInUse(e)) {
                throw new KeyTaken();
            }
            throw e;
        }
    }

    /** Stores the answer in the row {@link #claim} inserted, in the same transaction as the create. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String caller, IdempotencyKey key, int status, String location, String etag, String body) {
        entityManager.createNativeQuery("UPDATE idempotency_record SET response_status = ?3, response_location = ?4, "
                        + "response_etag = ?5, response_body = ?6 WHERE caller = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key.value())
                .setParameter(3, status)
                .setParameter(4, location)
                .setParameter(5, etag)
                .setParameter(6, body)
                .executeUpdate();
    }

    /** The committed record of this caller's key, if any; {@code expired} when it is older than the retention. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredResponse> find(String caller, IdempotencyKey key, Duration retention) {
        List<?> rows = entityManager.createNativeQuery("SELECT operation, fingerprint, response_status, response_location, "
                        + "response_etag, response_body, created_at < UTC_TIMESTAMP(6) - INTERVAL ?3 SECOND "
                        + "FROM idempotency_record WHERE caller = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key.value())
                .setParameter(3, retention.toSeconds())
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new StoredResponse((String) columns[0], (String) columns[1], ((Number) columns[2]).intValue(),
                    (String) columns[3], (String) columns[4], (String) columns[5], truthy(columns[6]));
        });
    }

    /** Frees one key whose record is past the retention (it may still be there until the next purge). */
    @Transactional(Transactional.TxType.MANDATORY)
    void forgetExpired(String caller, IdempotencyKey key, Duration retention) {
        entityManager.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1 AND idempotency_key = ?2 "
                        + "AND created_at < UTC_TIMESTAMP(6) - INTERVAL ?3 SECOND")
                .setParameter(1, caller)
                .setParameter(2, key.value())
                .setParameter(3, retention.toSeconds())
                .executeUpdate();
    }

    /** Deletes up to {@code limit} records older than the retention; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int purge(Duration retention, int limit) {
        return entityManager.createNativeQuery("DELETE FROM idempotency_record "
                        + "WHERE created_at < UTC_TIMESTAMP(6) - INTERVAL ?1 SECOND ORDER BY created_at LIMIT ?2")
                .setParameter(1, retention.toSeconds())
                .setParameter(2, limit)
                .executeUpdate();
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static boolean keyInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == DUPLICATE_KEY || sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** The key is held by a request that committed (or that this one could not wait for): read its record instead. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super("the idempotency key is in use", null, false, false);
        }
    }
}
