package smartcity.reporting.framework;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import smartcity.reporting.feed.FeedCursor;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.webhook.EventPayloads;
import smartcity.reporting.webhook.WebhookEventType;
import smartcity.reporting.webhook.WebhookEvents;

/**
 * Keeps the copy of committee-service's data current from its change feed. The cursor lives in this service's
 * database, so a restart resumes where it stopped; each row keeps the revision it came from and an older revision never
 * overwrites a newer one, so applying a page twice changes nothing; and a page is applied only if the cursor has not
 * moved since it was read, so two replicas never apply the same page.
 */
@ApplicationScoped
public class CommitteeFeedFollower {

    private static final int PAGE = 500;

    private final CommitteeServiceClient client;
    private final FeedCursors cursors;
    private final EntityManager db;
    private final WebhookEvents events;

    CommitteeFeedFollower(@RestClient CommitteeServiceClient client, FeedCursors cursors, EntityManager db, WebhookEvents events) {
        this.client = client;
        this.cursors = cursors;
        this.db = db;
        this.events = events;
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
        return cursors.follow(Freshness.COMMITTEE, this::page,
                changes -> !changes.path("items").isArray() || changes.path("items").isEmpty(), this::apply);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("committee-service-feed")
    JsonNode page(long after) {
        return client.changes(Long.toString(after), PAGE);
    }

    // its own transaction, whoever calls: the cursor row is locked first and released at once
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int apply(long readFrom, JsonNode changes) {
        FeedCursor cursor = cursors.locked(Freshness.COMMITTEE);
        if (cursor.position() != readFrom) {
            return 0; // another replica applied this page meanwhile
        }
        int applied = 0;
        for (JsonNode item : changes.path("items")) {
            var kind = CopiedKind.of(item.path("kind").asText());
            if (kind.isEmpty()) {
                continue; // a kind this service does not keep
            }
            long revision = item.path("revision").asLong(Long.parseLong(item.path("cursor").asText("0")));
            String id = item.path("id").asText();
            boolean deleted = "DELETED".equals(item.path("change").asText()) || item.path("data").isNull();
            boolean announced = kind.get() == CopiedKind.ASSIGNMENT && changesAssignment(id, revision, deleted);
            Query statement;
            if (deleted) {
                statement = db.createNativeQuery(kind.get().delete()).setParameter(1, id).setParameter(2, revision);
            } else {
                JsonNode data = item.path("data");
                statement = db.createNativeQuery(kind.get().upsert()).setParameter(1, id);
                int p = 2;
                for (String field : kind.get().fields) {
                    statement.setParameter(p++, CopiedKind.value(data, field));
                }
                statement.setParameter(p, revision);
            }
            statement.executeUpdate();
            if (announced) {
                events.record(WebhookEventType.ASSIGNMENT_CHANGED, EventPayloads.assignment(item, revision));
            }
            applied++;
        }
        cursors.advance(cursor, Long.parseLong(changes.path("next").asText()));
        return applied;
    }

    /** Whether the item changes the copy (the same guard as the upsert and delete): newer than the row, or a new row. */
    private boolean changesAssignment(String id, long revision, boolean deleted) {
        var held = db.createNativeQuery("SELECT revision FROM assignment_copy WHERE id = ?1").setParameter(1, id).getResultList();
        return held.isEmpty() ? !deleted : ((Number) held.get(0)).longValue() < revision;
    }
}
