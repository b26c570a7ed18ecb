package smartcity.agency.idempotency;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Deletes the records of keys older than {@code smartcity.idempotency.retention}, every
 * {@code smartcity.idempotency.purge-every}. A key past its retention is free even before this runs (see
 * {@link IdempotencyInterceptor}); this keeps the table small. Batches in their own short transactions keep the locks
 * brief, and replicas running it at the same time only share the work.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final int BATCH = 1000;

    private final IdempotencyRecords records;
    private final Duration retention;

    IdempotencyPurge(IdempotencyRecords records, IdempotencyConfig config) {
        this.records = records;
        this.retention = config.retention();
    }

    @Scheduled(every = "${smartcity.idempotency.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int purged = purge();
            if (purged > 0) {
                Log.infof("purged %d idempotency records older than %s", purged, retention);
            }
        } catch (RuntimeException e) {
            Log.warnf("idempotency purge stopped this time: %s", e.toString());
        }
    }

    /** Deletes every record past the retention; returns how many. */
    public int purge() {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> records.purge(retention, BATCH));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
