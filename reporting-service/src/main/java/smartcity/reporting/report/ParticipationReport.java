package smartcity.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.api.CsvTable;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.i18n.ReferenceNames;
import smartcity.reporting.response.RoundAgency;
import smartcity.reporting.response.SurveyResponse;
import smartcity.reporting.response.Surveys;
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
    private final Surveys.Population population;
    private final Surveys.Responses responses;

    private final Freshness freshness;
    private final ReferenceNames names;

    ParticipationReport(SurveyRounds rounds, Surveys.Population population, Surveys.Responses responses,
            Freshness freshness, ReferenceNames names) {
        this.rounds = rounds;
        this.names = names;
        this.freshness = freshness;
        this.population = population;
        this.responses = responses;
    }

    public View of(UUID roundId) {
        return of(roundId, Language.DEFAULT);
    }

    public View of(UUID roundId, Language language) {
        SurveyRound round = rounds.round(roundId);
        List<RoundAgency> surveyed = population.of(roundId);
        Map<UUID, SurveyResponse> answers = responses.of(roundId).stream()
                .collect(Collectors.toMap(SurveyResponse::agencyId, Function.identity()));
        Freshness.Stated stated = freshness.of(Freshness.AGENCY);
        return new View(round.id(), round.code(), round.titleTh(), stated.dataAsOf(), stated.warnings(),
                row("ALL", language == Language.EN ? "All agencies surveyed" : "หน่วยงานที่สำรวจทั้งหมด", surveyed, answers),
                grouped(surveyed, answers, RoundAgency::type, code -> names.agencyType(code).in(language)),
                grouped(surveyed.stream().filter(a -> a.localKind() != null).toList(), answers, RoundAgency::localKind,
                        code -> names.localKind(code).in(language)),
                grouped(surveyed.stream().filter(a -> a.district() != null).toList(), answers, RoundAgency::district,
                        code -> names.district(code).in(language)));
    }

    private static List<Row> grouped(List<RoundAgency> agencies, Map<UUID, SurveyResponse> answers,
            Function<RoundAgency, String> key, Function<String, String> label) {
        Map<String, List<RoundAgency>> groups = agencies.stream().collect(Collectors.groupingBy(key));
        return groups.keySet().stream().sorted(Comparator.naturalOrder())
                .map(group -> row(group, label.apply(group), groups.get(group), answers)).toList();
    }

    private static Row row(String group, String label, List<RoundAgency> agencies, Map<UUID, SurveyResponse> answers) {
        Set<UUID> ids = agencies.stream().map(RoundAgency::agencyId).collect(Collectors.toSet());
        long running = ids.stream().map(answers::get).filter(a -> a != null && a.runsProjects()).count();
        long responded = ids.stream().filter(answers::containsKey).count();
        long none = responded - running;
        List<Shares.Share> shares = Shares.of(List.of(running, none, ids.size() - responded));
        return new Row(group, label, ids.size(), responded, shares.get(0), shares.get(1), shares.get(2));
    }
}
