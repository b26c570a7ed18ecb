package smartcity.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Change-feed lag: the time from agency-service acknowledging a write to the write showing in a figure of
 * reporting-service (the agency's name on its scorecard, which reporting reads from its copy of the registry).
 */
final class FeedLag {

    record Figures(int samples, Duration p50, Duration p99, Duration max) {
    }

    private final Api agency;
    private final Api reporting;

    FeedLag(Api agency, Api reporting) {
        this.agency = agency;
        this.reporting = reporting;
    }

    Figures measure(List<String> agencyIds, int samples) throws InterruptedException {
        List<Duration> lags = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String id = agencyIds.get((i * 104_729) % agencyIds.size());
            String name = "หน่วยงานเปลี่ยนชื่อ " + i + " " + System.nanoTime();
            Api.Reply current = agency.get("agencies/" + id);
            Api.Reply renamed = agency.send("PATCH", "agencies/" + id, Map.of("nameTh", name),
                    "application/merge-patch+json", current.header("ETag"));
            if (renamed.status() != 200) {
                throw new IllegalStateException("renaming " + id + " answered " + renamed.status() + ": " + renamed.body());
            }
            long acknowledged = System.nanoTime();
            long deadline = acknowledged + Duration.ofSeconds(60).toNanos();
            while (true) {
                Api.Reply scorecard = reporting.get("reports/agencies/" + id + "/scorecard");
                if (scorecard.status() == 200 && name.equals(scorecard.json().path("name").asText())) {
                    lags.add(Duration.ofNanos(System.nanoTime() - acknowledged));
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the rename of " + id + " did not reach reporting-service in 60 s");
                }
                Thread.sleep(10);
            }
            // writes arrive at random moments, not in step with the feed's reading
            Thread.sleep(37L * (i % 7) + 50);
        }
        Collections.sort(lags);
        return new Figures(lags.size(), percentile(lags, 50), percentile(lags, 99), lags.get(lags.size() - 1));
    }

    /** Nearest-rank percentile. */
    static Duration percentile(List<Duration> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
