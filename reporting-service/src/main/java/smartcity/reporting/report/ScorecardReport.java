package smartcity.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.agency.AgencyCopies;
import smartcity.reporting.agency.AgencySummary;
import smartcity.reporting.api.CsvTable;
import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.framework.FrameworkCopies;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.i18n.ReferenceNames;
import smartcity.reporting.response.Answer;
import smartcity.reporting.response.RoundAgency;
import smartcity.reporting.response.SurveyResponse;
import smartcity.reporting.response.Surveys;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRoundRepository;

/** One agency: its responsibilities in the framework, its projects, and how it answered each survey round. */
@ApplicationScoped
public class ScorecardReport {

    @Schema(name = "ScorecardResponsibility")
    public record Responsibility(String dimensionCode, String dimension, String role, LocalDate startDate,
            @Schema(implementation = String.class, format = "date", nullable = true, description = "Absent while the assignment is in force") LocalDate endDate, boolean current) {
    }

    @Schema(name = "ScorecardRound", description = "The agency in one survey round")
    public record RoundEntry(UUID roundId, String roundCode, String title, LocalDate periodStart, LocalDate periodEnd,
            SurveyRound.Status status, boolean surveyed, boolean answered, Boolean runsSmartCityProjects, int projects) {
    }

    @Schema(name = "AgencyScorecard")
    public record View(UUID agencyId, String code, String name, String type, String typeName, String district,
            String districtName, String status, Map<String, Instant> dataAsOf, List<Freshness.Warning> warnings,
            List<Responsibility> responsibilities,
            @Schema(description = "The projects of its latest answer") List<Answer.Project> projects,
            @Schema(description = "The round those projects come from") String projectsRoundCode,
            List<RoundEntry> surveys) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return List.of("section", "key", "name", "role_or_status", "from", "to", "value");
        }

        @Override
        public List<List<Object>> csvRows() {
            List<List<Object>> rows = new ArrayList<>();
            responsibilities.forEach(r -> rows.add(Arrays.asList("responsibility", r.dimensionCode(), r.dimension(),
                    r.role(), r.startDate(), r.endDate(), r.current() ? "current" : "ended")));
            surveys.forEach(s -> rows.add(Arrays.asList("survey", s.roundCode(), s.title(), s.status(), s.periodStart(),
                    s.periodEnd(), !s.surveyed() ? "not surveyed" : !s.answered() ? "no answer"
                            : Boolean.TRUE.equals(s.runsSmartCityProjects()) ? "runs " + s.projects() + " projects"
                            : "runs none")));
            projects.forEach(p -> rows.add(Arrays.asList("project", projectsRoundCode, p.titleTh(), p.status(),
                    p.startsOn(), p.endsOn(), p.budgetThb())));
            return rows;
        }
    }

    private final AgencyCopies agencies;
    private final FrameworkCopies framework;
    private final SurveyRoundRepository rounds;
    private final Surveys.Population population;
    private final Surveys.Responses responses;
    private final ReferenceNames names;
    private final Freshness freshness;
    private final EntityManager db;

    ScorecardReport(AgencyCopies agencies, FrameworkCopies framework, SurveyRoundRepository rounds,
            Surveys.Population population, Surveys.Responses responses, ReferenceNames names, Freshness freshness,
            EntityManager db) {
        this.agencies = agencies;
        this.framework = framework;
        this.rounds = rounds;
        this.population = population;
        this.responses = responses;
        this.names = names;
        this.freshness = freshness;
        this.db = db;
    }

    public View of(UUID agencyId, Language language) {
        AgencySummary agency = agencies.byId(List.of(agencyId)).get(agencyId);
        List<RoundAgency> surveyedIn = population.list("key.agencyId", agencyId);
        if (agency == null && surveyedIn.isEmpty()) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "No agency " + agencyId + " is known to the reports") { };
        }
        if (agency == null) {
            RoundAgency last = surveyedIn.get(surveyedIn.size() - 1);
            agency = new AgencySummary(agencyId, last.code(), last.nameTh(), null, last.type(), last.localKind(),
                    last.district(), "UNKNOWN");
        }
        LocalDate today = LocalDate.now(smartcity.reporting.i18n.BuddhistEra.THAILAND);
        Map<UUID, FrameworkCopies.Dimension> dimensions = framework.dimensions().stream()
                .collect(Collectors.toMap(FrameworkCopies.Dimension::id, Function.identity()));
        List<Responsibility> responsibilities = framework.assignmentsOf(agencyId).stream()
                .map(a -> {
                    FrameworkCopies.Dimension d = dimensions.get(a.dimensionId());
                    return new Responsibility(d == null ? null : d.code(), d == null ? null : d.name().in(language),
                            a.role(), a.startDate(), a.endDate(), a.activeOn(today));
                })
                .sorted(java.util.Comparator.comparing((Responsibility r) -> !r.current())
                        .thenComparing(r -> r.dimensionCode() == null ? "" : r.dimensionCode()))
                .toList();
        Map<UUID, SurveyResponse> answers = responses.list("key.agencyId", agencyId).stream()
                .collect(Collectors.toMap(SurveyResponse::roundId, Function.identity()));
        java.util.Set<UUID> surveyedRounds = surveyedIn.stream().map(RoundAgency::roundId).collect(Collectors.toSet());
        List<RoundEntry> surveys = new ArrayList<>();
        SurveyResponse latest = null;
        String latestCode = null;
        for (SurveyRound round : rounds.list("status <> ?1 order by periodStart, opensOn, code", SurveyRound.Status.PLANNED)) {
            SurveyResponse answer = answers.get(round.id());
            surveys.add(new RoundEntry(round.id(), round.code(),
                    language == Language.EN && round.titleEn() != null ? round.titleEn() : round.titleTh(),
                    round.periodStart(), round.periodEnd(), round.status(), surveyedRounds.contains(round.id()),
                    answer != null, answer == null ? null : answer.runsProjects(),
                    answer == null ? 0 : answer.projectViews().size()));
            if (answer != null) {
                latest = answer;
                latestCode = round.code();
            }
        }
        Freshness.Stated stated = freshness.of(Freshness.AGENCY, Freshness.COMMITTEE);
        return new View(agency.id(), agency.code(), language == Language.EN && agency.nameEn() != null
                ? agency.nameEn() : agency.nameTh(), agency.type(), names.agencyType(agency.type()).in(language),
                agency.district(), agency.district() == null ? null : names.district(agency.district()).in(language),
                agency.status(), stated.dataAsOf(), stated.warnings(), responsibilities,
                latest == null ? List.of() : latest.projectViews(), latestCode, surveys);
    }
}
