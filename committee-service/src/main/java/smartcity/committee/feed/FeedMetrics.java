package smartcity.committee.feed;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Prometheus gauges for each followed change feed (each row of the cursor table): how long since it was last read to
 * its end ({@code smartcity_feed_lag_seconds{feed}}: the age of the newest data the copy holds; it grows while the
 * source is down) and its cursor position ({@code smartcity_feed_position{feed}}). Read from the cursor table at each
 * scrape, so every replica reports the shared truth.
 */
@Startup
@ApplicationScoped
public class FeedMetrics {

    FeedMetrics(MeterRegistry registry, FeedCursors cursors) {
        for (String feed : cursors.feeds()) {
            Gauge.builder("smartcity.feed.lag", cursors, c -> lagSeconds(c, feed))
                    .description("Seconds since the change feed was last read to its end").baseUnit("seconds")
                    .tag("feed", feed).register(registry);
            Gauge.builder("smartcity.feed.position", cursors, c -> position(c, feed))
                    .description("The change feed's cursor position").tag("feed", feed).register(registry);
        }
    }

    private static double lagSeconds(FeedCursors cursors, String feed) {
        try {
            Instant readAt = QuarkusTransaction.requiringNew().call(() -> {
                FeedCursor cursor = cursors.findById(feed);
                return cursor == null ? null : cursor.readAt();
            });
            return readAt == null ? Double.NaN : Duration.between(readAt, Instant.now()).toMillis() / 1000.0;
        } catch (RuntimeException e) {
            return Double.NaN; // the database does not answer: no figure rather than a wrong one
        }
    }

    private static double position(FeedCursors cursors, String feed) {
        try {
            return cursors.position(feed);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
