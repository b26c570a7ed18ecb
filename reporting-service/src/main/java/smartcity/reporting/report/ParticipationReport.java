package smartcity.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.api.CsvTable;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.i18n.ReferenceNames;
import smartcity.reporting.response.ParticipationTally;
import smartcity.reporting.response.ParticipationTally.Breakdown;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRounds;

/** Who was surveyed, who answered, who runs smart-city projects: overall and by type, local kind and district. */
@ApplicationScoped
public class ParticipationReport {

    @Schema(name = "ParticipationRow", description = "Counts and shares of the surveyed agencies in one group; the three "
            + "whole percentages add up to 100")
    public record Row(@Schema(description = "The group's code: ALL, an agency type, a local-administration kind or a "
            + "district geocode (TIS 1099)", examples = "LOCAL_ADMINISTRATION") String group,
            @Schema(description = "The group's name in the report's language", examples = "องค์กรปกครองส่วนท้องถิ่น")
            String label, long surveyed, long responded, Shares.Share running, Shares.Share none,
            Shares.Share notResponded) {

        List<Object> csv(String breakdown) {
            return java.util.Arrays.asList(breakdown, group, label, surveyed, responded, running.count(), running.percent(),
                    running.wholePercent(), none.count(), none.percent(), none.wholePercent(), notResponded.count(),
                    notResponded.percent(), notResponded.wholePercent());
        }
    }

    @Schema(name = "ParticipationReport")
    public record View(UUID roundId, String roundCode, String titleTh,
            @Schema(description = "How current each source of the figures is") Map<String, Instant> dataAsOf,
            @Schema(description = "Sources that may be out of date; empty when all are current") List<Freshness.Warning> warnings,
            Row overall, List<Row> byType, List<Row> byLocalKind, List<Row> byDistrict) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return List.of("breakdown", "group", "label", "surveyed", "responded", "running", "running_percent",
                    "running_whole_percent", "none", "none_percent", "none_whole_percent", "not_responded",
                    "not_responded_percent", "not_responded_whole_percent");
        }

        @Override
        public List<List<Object>> csvRows() {
            List<List<Object>> rows = new java.util.ArrayList<>();
            rows.add(overall.csv("overall"));
            byType.forEach(row -> rows.add(row.csv("type")));
            byLocalKind.forEach(row -> rows.add(row.csv("local_kind")));
            byDistrict.forEach(row -> rows.add(row.csv("district")));
            return rows;
        }
    }

    private final SurveyRounds rounds;
    private final ParticipationTally tally;
    private final Freshness freshness;
    private final ReferenceNames names;

    ParticipationReport(SurveyRounds rounds, ParticipationTally tally, Freshness freshness, ReferenceNames names) {
        this.rounds = rounds;
        this.tally = tally;
        this.freshness = freshness;
        this.names = names;
    }

    public View of(UUID roundId) {
        return of(roundId, Language.DEFAULT);
    }

    /** Reads the round's maintained tally: a few dozen rows, however many agencies the round surveys. */
    public View of(UUID roundId, Language language) {
        SurveyRound round = rounds.round(roundId);
        Map<Breakdown, List<ParticipationTally.Count>> counts = tally.of(roundId).stream()
                .collect(Collectors.groupingBy(ParticipationTally.Count::breakdown));
        Freshness.Stated stated = freshness.of(Freshness.AGENCY);
        String allLabel = language == Language.EN ? "All agencies surveyed" : "หน่วยงานที่สำรวจทั้งหมด";
        Row overall = counts.getOrDefault(Breakdown.ALL, List.of()).stream().findFirst()
                .map(count -> row(count, allLabel))
                .orElseGet(() -> row(new ParticipationTally.Count(Breakdown.ALL, "ALL", 0, 0, 0), allLabel));
        return new View(round.id(), round.code(), round.titleTh(), stated.dataAsOf(), stated.warnings(), overall,
                rows(counts, Breakdown.TYPE, code -> names.agencyType(code).in(language)),
                rows(counts, Breakdown.LOCAL_KIND, code -> names.localKind(code).in(language)),
                rows(counts, Breakdown.DISTRICT, code -> names.district(code).in(language)));
    }

    private static List<Row> rows(Map<Breakdown, List<ParticipationTally.Count>> counts, Breakdown breakdown,
            Function<String, String> label) {
        return counts.getOrDefault(breakdown, List.of()).stream()
                .sorted(Comparator.comparing(ParticipationTally.Count::group))
                .map(count -> row(count, label.apply(count.group()))).toList();
    }

    private static Row row(ParticipationTally.Count count, String label) {
        long none = count.responded() - count.running();
        List<Shares.Share> shares = Shares.of(List.of(count.running(), none, count.surveyed() - count.responded()));
        return new Row(count.group(), label, count.surveyed(), count.responded(), shares.get(0), shares.get(1),
                shares.get(2));
    }
}
