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
import smartcity.reporting.i18n.Name;
import smartcity.reporting.i18n.ReferenceNames;
import smartcity.reporting.response.Answer;
import smartcity.reporting.response.RoundAgency;
import smartcity.reporting.response.RoundAgencyRepository;
import smartcity.reporting.response.SurveyResponse;
import smartcity.reporting.response.SurveyResponseRepository;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRoundRepository;

/** One agency: its responsibilities in the framework, its projects, and how it answered each survey round. */
@ApplicationScoped
public class ScorecardReport {

    @Schema(name = "ScorecardResponsibility")
    public record Responsibility(String dimensionCode,
            @Schema(description = "The dimension's name in the report's language", examples = "ด้านพลังงานอัจฉริยะ")
            String dimension,
            @Schema(description = "Its Thai name", examples = "ด้านพลังงานอัจฉริยะ") String dimensionTh,
            @Schema(description = "Its English name; absent when it has none", examples = "Smart Energy")
            String dimensionEn,
            String role, LocalDate startDate,
            @Schema(implementation = String.class, format = "date", nullable = true, description = "Absent while the assignment is in force") LocalDate endDate, boolean current) {

        Responsibility in(Language language) {
            return new Responsibility(dimensionCode, dimensionTh == null ? null : new Name(dimensionTh, dimensionEn)
                    .in(language), dimensionTh, dimensionEn, role, startDate, endDate, current);
        }
    }

    @Schema(name = "ScorecardRound", description = "The agency in one survey round")
    public record RoundEntry(UUID roundId, String roundCode,
            @Schema(description = "The round's title in the report's language",
                    examples = "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565") String title,
            @Schema(description = "Its Thai title", examples = "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565")
            String titleTh,
            @Schema(description = "Its English title; absent when it has none",
                    examples = "Smart-city work survey, fiscal year 2022") String titleEn,
            LocalDate periodStart, LocalDate periodEnd,
            SurveyRound.Status status, boolean surveyed, boolean answered, Boolean runsSmartCityProjects, int projects) {

        RoundEntry in(Language language) {
            return new RoundEntry(roundId, roundCode, new Name(titleTh, titleEn).in(language), titleTh, titleEn,
                    periodStart, periodEnd, status, surveyed, answered, runsSmartCityProjects, projects);
        }
    }

    /**
     * The scorecard. Every name is in Thai and English ({@code nameTh}, {@code nameEn}, {@code typeNameTh}, ...); the
     * unsuffixed field ({@code name}, {@code typeName}, {@code title}, ...) is the one a reader of the requested
     * language sees, and what the CSV shows: {@link #in(Language)} chooses it, the scorecard is computed once.
     */
    @Schema(name = "AgencyScorecard")
    public record View(UUID agencyId, String code,
            @Schema(description = "The agency's name in the report's language",
                    examples = "สำนักงานพลังงานจังหวัดเชียงใหม่") String name,
            @Schema(description = "Its Thai name", examples = "สำนักงานพลังงานจังหวัดเชียงใหม่") String nameTh,
            @Schema(description = "Its English name; absent when it has none",
                    examples = "Chiang Mai Provincial Energy Office") String nameEn,
            String type,
            @Schema(description = "The type's name in the report's language", examples = "ราชการส่วนภูมิภาค")
            String typeName,
            @Schema(description = "The type's Thai name", examples = "ราชการส่วนภูมิภาค") String typeNameTh,
            @Schema(description = "The type's English name", examples = "Provincial government unit") String typeNameEn,
            String district,
            @Schema(description = "The district's name in the report's language", examples = "เมืองเชียงใหม่")
            String districtName,
            @Schema(description = "The district's Thai name", examples = "เมืองเชียงใหม่") String districtNameTh,
            @Schema(description = "The district's English name", examples = "Mueang Chiang Mai") String districtNameEn,
            String status, Map<String, Instant> dataAsOf, List<Freshness.Warning> warnings,
            List<Responsibility> responsibilities,
            @Schema(description = "The projects of its latest answer") List<Answer.Project> projects,
            @Schema(description = "The round those projects come from") String projectsRoundCode,
            List<RoundEntry> surveys) implements CsvTable {

        /** The same scorecard, its names for readers of the language. */
        public View in(Language language) {
            return new View(agencyId, code, new Name(nameTh, nameEn).in(language), nameTh, nameEn, type,
                    new Name(typeNameTh, typeNameEn).in(language), typeNameTh, typeNameEn, district,
                    districtNameTh == null ? null : new Name(districtNameTh, districtNameEn).in(language), districtNameTh,
                    districtNameEn, status, dataAsOf, warnings,
                    responsibilities.stream().map(r -> r.in(language)).toList(), projects, projectsRoundCode,
                    surveys.stream().map(s -> s.in(language)).toList());
        }

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
    private final RoundAgencyRepository population;
    private final SurveyResponseRepository responses;
    private final ReferenceNames names;
    private final Freshness freshness;
    private final EntityManager db;

    ScorecardReport(AgencyCopies agencies, FrameworkCopies framework, SurveyRoundRepository rounds,
            RoundAgencyRepository population, SurveyResponseRepository responses, ReferenceNames names, Freshness freshness,
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

    /** The scorecard, its names in both languages; the unsuffixed ones are Thai until {@link View#in(Language)}. */
    public View of(UUID agencyId) {
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
                    return new Responsibility(d == null ? null : d.code(), null, d == null ? null : d.name().th(),
                            d == null ? null : d.name().en(), a.role(), a.startDate(), a.endDate(), a.activeOn(today));
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
        for (SurveyRound round : rounds.thatHaveOpened()) {
            SurveyResponse answer = answers.get(round.id());
            surveys.add(new RoundEntry(round.id(), round.code(), null, round.titleTh(), round.titleEn(),
                    round.periodStart(), round.periodEnd(), round.status(), surveyedRounds.contains(round.id()),
                    answer != null, answer == null ? null : answer.runsProjects(),
                    answer == null ? 0 : answer.projectViews().size()));
            if (answer != null) {
                latest = answer;
                latestCode = round.code();
            }
        }
        Freshness.Stated stated = freshness.of(Freshness.AGENCY, Freshness.COMMITTEE);
        Name type = names.agencyType(agency.type());
        Name district = agency.district() == null ? new Name(null, null) : names.district(agency.district());
        return new View(agency.id(), agency.code(), null, agency.nameTh(), agency.nameEn(), agency.type(), null,
                type.th(), type.en(), agency.district(), null, district.th(), district.en(), agency.status(),
                stated.dataAsOf(), stated.warnings(), responsibilities, latest == null ? List.of() : latest.projectViews(),
                latestCode, surveys).in(Language.DEFAULT);
    }
}
