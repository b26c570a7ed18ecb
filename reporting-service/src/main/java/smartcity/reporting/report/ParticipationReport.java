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
import smartcity.reporting.i18n.Name;
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
            String label,
            @Schema(description = "The group's name in Thai, whatever the report's language",
                    examples = "องค์กรปกครองส่วนท้องถิ่น") String labelTh,
            @Schema(description = "The group's name in English, whatever the report's language",
                    examples = "Local administrative organisation") String labelEn,
            long surveyed, long responded, Shares.Share running, Shares.Share none, Shares.Share notResponded) {

        /** The same figures, {@link #label} for readers of the language. */
        Row in(Language language) {
            return new Row(group, new Name(labelTh, labelEn).in(language), labelTh, labelEn, surveyed, responded, running,
                    none, notResponded);
        }

        List<Object> csv(String breakdown) {
            return java.util.Arrays.asList(breakdown, group, label, surveyed, responded, running.count(), running.percent(),
                    running.wholePercent(), none.count(), none.percent(), none.wholePercent(), notResponded.count(),
                    notResponded.percent(), notResponded.wholePercent());
        }
    }

    /**
     * The report. It carries every name in Thai and English ({@code labelTh}, {@code labelEn}); {@code label} is the
     * one a reader of the requested language sees, and what the CSV shows: {@link #in(Language)} chooses it, the
     * figures are computed once.
     */
    @Schema(name = "ParticipationReport")
    public record View(UUID roundId, String roundCode, String titleTh,
            @Schema(description = "The round's English title; absent when it has none",
                    examples = "Smart-city work survey, fiscal year 2022") String titleEn,
            @Schema(description = "How current each source of the figures is") Map<String, Instant> dataAsOf,
            @Schema(description = "Sources that may be out of date; empty when all are current") List<Freshness.Warning> warnings,
            Row overall, List<Row> byType, List<Row> byLocalKind, List<Row> byDistrict) implements CsvTable {

        /** The same report, each {@code label} in the language. */
        public View in(Language language) {
            return new View(roundId, roundCode, titleTh, titleEn, dataAsOf, warnings, overall.in(language),
                    in(byType, language), in(byLocalKind, language), in(byDistrict, language));
        }

        private static List<Row> in(List<Row> rows, Language language) {
            return rows.stream().map(row -> row.in(language)).toList();
        }

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

    /** The overall row's name. */
    private static final Name ALL = new Name("หน่วยงานที่สำรวจทั้งหมด", "All agencies surveyed");

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

    /**
     * Reads the round's maintained tally: a few dozen rows, however many agencies the round surveys. Every group is
     * named in both languages; the {@code label}s are Thai until {@link View#in(Language)} chooses another language.
     */
    public View of(UUID roundId) {
        SurveyRound round = rounds.round(roundId);
        Map<Breakdown, List<ParticipationTally.Count>> counts = tally.of(roundId).stream()
                .collect(Collectors.groupingBy(ParticipationTally.Count::breakdown));
        Freshness.Stated stated = freshness.of(Freshness.AGENCY);
        Row overall = counts.getOrDefault(Breakdown.ALL, List.of()).stream().findFirst()
                .map(count -> row(count, ALL))
                .orElseGet(() -> row(new ParticipationTally.Count(Breakdown.ALL, "ALL", 0, 0, 0), ALL));
        return new View(round.id(), round.code(), round.titleTh(), round.titleEn(), stated.dataAsOf(), stated.warnings(),
                overall, rows(counts, Breakdown.TYPE, names::agencyType), rows(counts, Breakdown.LOCAL_KIND, names::localKind),
                rows(counts, Breakdown.DISTRICT, names::district)).in(Language.DEFAULT);
    }

    private static List<Row> rows(Map<Breakdown, List<ParticipationTally.Count>> counts, Breakdown breakdown,
            Function<String, Name> name) {
        return counts.getOrDefault(breakdown, List.of()).stream()
                .sorted(Comparator.comparing(ParticipationTally.Count::group))
                .map(count -> row(count, name.apply(count.group()))).toList();
    }

    private static Row row(ParticipationTally.Count count, Name name) {
        long none = count.responded() - count.running();
        List<Shares.Share> shares = Shares.of(List.of(count.running(), none, count.surveyed() - count.responded()));
        return new Row(count.group(), null, name.th(), name.en(), count.surveyed(), count.responded(), shares.get(0),
                shares.get(1), shares.get(2));
    }
}
