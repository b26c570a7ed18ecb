package smartcity.committee.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How current the local copies are: for each upstream service, the moment its feed was last read to the end. A source
 * that has not answered for longer than {@code smartcity.freshness.warn-after} is reported with a warning; whatever reads
 * the copy still answers from what it holds.
 */
@ApplicationScoped
public class Freshness {

    /** The suite's change feeds, by the name of their cursor: agency-service's and committee-service's. */
    public static final String AGENCY = "agency";
    public static final String COMMITTEE = "committee";

    @Schema(name = "FreshnessWarning", description = "A source whose data may be out of date")
    public record Warning(@Schema(examples = "agency-service") String source,
            @Schema(examples = "agency-service has not answered since 2022-06-06T03:00:00Z; its figures are as of then")
            String message) {
    }

    /** What a report says about its sources. */
    public record Stated(Map<String, Instant> dataAsOf, List<Warning> warnings) {
    }

    private final FeedCursors cursors;
    private final Duration warnAfter;
    private final String service;

    Freshness(FeedCursors cursors, @ConfigProperty(name = "smartcity.freshness.warn-after", defaultValue = "PT1M") Duration warnAfter,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.cursors = cursors;
        this.warnAfter = warnAfter;
        this.service = service;
    }

    /** The state of the given feeds, plus this service's own data (always current). */
    public Stated of(String... feeds) {
        Instant now = Instant.now();
        Map<String, Instant> asOf = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        asOf.put(service, now);
        for (String feed : feeds) {
            FeedCursor cursor = cursors.findById(feed);
            String source = feed + "-service";
            Instant readAt = cursor == null ? null : cursor.readAt();
            asOf.put(source, readAt);
            if (readAt == null) {
                warnings.add(new Warning(source, source + " has not been read yet; figures that depend on it are missing"));
            } else if (readAt.plus(warnAfter).isBefore(now)) {
                warnings.add(new Warning(source, source + " has not answered since " + readAt
                        + "; figures that depend on it are as of then"
                        + (cursor.lastError() == null ? "" : " (last error: " + cursor.lastError() + ")")));
            }
        }
        return new Stated(asOf, warnings);
    }
}
