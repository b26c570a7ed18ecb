package smartcity.committee.agency;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Prometheus gauges for the agency change feed this service follows: seconds since it was last read to its end
 * ({@code smartcity_feed_lag_seconds{feed="agency"}}) and its cursor position ({@code smartcity_feed_position}). Read
 * from the cursor table at each scrape, so every replica reports the shared truth.
 */
@Startup
@ApplicationScoped
public class FeedMetrics {

    FeedMetrics(MeterRegistry registry, EntityManager db) {
        Gauge.builder("smartcity.feed.lag", db, FeedMetrics::lagSeconds)
                .description("Seconds since the change feed was last read to its end").baseUnit("seconds")
                .tag("feed", AgencyFeedFollower.FEED).register(registry);
        Gauge.builder("smartcity.feed.position", db, FeedMetrics::position)
                .description("The change feed's cursor position").tag("feed", AgencyFeedFollower.FEED).register(registry);
    }

    private static Object[] cursor(EntityManager db) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) db.createNativeQuery(
                "SELECT position, read_at FROM feed_cursor WHERE feed = ?1")
                .setParameter(1, AgencyFeedFollower.FEED).getSingleResult());
    }

    private static double lagSeconds(EntityManager db) {
        try {
            Object readAt = cursor(db)[1];
            Instant at = readAt == null ? null : readAt instanceof Timestamp t ? t.toInstant()
                    : readAt instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC) : (Instant) readAt;
            return at == null ? Double.NaN : Duration.between(at, Instant.now()).toMillis() / 1000.0;
        } catch (RuntimeException e) {
            return Double.NaN; // the database does not answer: no figure rather than a wrong one
        }
    }

    private static double position(EntityManager db) {
        try {
            return ((Number) cursor(db)[0]).doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
