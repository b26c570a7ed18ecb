package smartcity.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.agency.AgencyCopies;
import smartcity.reporting.agency.AgencySummary;
import smartcity.reporting.api.CsvTable;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.framework.FrameworkCopies;
import smartcity.reporting.i18n.BuddhistEra;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.i18n.Name;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRounds;

/**
 * Per dimension of the framework: its lead and supporting agencies on the report date, the projects the round's answers
 * report under it and the agencies running them, and its gaps.
 */
@ApplicationScoped
public class DimensionsReport {

    public enum Gap { NO_LEAD, LEAD_NOT_ACTIVE, NO_PROJECTS }

    @Schema(name = "DimensionsRow", description = "One dimension of the framework")
    public record Row(UUID dimensionId, @Schema(examples = "SMART_ENERGY") String code,
            @Schema(description = "Its name in the report's language", examples = "ด้านพลังงานอัจฉริยะ") String name,
            @Schema(description = "Its Thai name, whatever the report's language", examples = "ด้านพลังงานอัจฉริยะ")
            String nameTh,
            @Schema(description = "Its English name, whatever the report's language; absent when it has none",
                    examples = "Smart Energy") String nameEn,
            List<AgencyRef> lead, List<AgencyRef> supporting,
            @Schema(description = "Projects reported under the dimension in the round") long projects,
            @Schema(description = "The agencies running them") List<AgencyRef> agencies,
            @Schema(description = "Their budgets added up, in Thai baht (a project under two dimensions counts in both)")
            BigDecimal budgetThb,
            List<Gap> gaps) {

        /** The same row, its names for readers of the language. */
        Row in(Language language) {
            return new Row(dimensionId, code, new Name(nameTh, nameEn).in(language), nameTh, nameEn,
                    AgencyRef.in(lead, language), AgencyRef.in(supporting, language), projects,
                    AgencyRef.in(agencies, language), budgetThb, gaps);
        }
    }

    /**
     * The report. Every name is in Thai and English ({@code nameTh}, {@code nameEn}, {@code asOfTextTh}, ...);
     * {@code name} and {@code asOfText} are the ones a reader of the requested language sees, and what the CSV shows:
     * {@link #in(Language)} chooses them, the report is computed once.
     */
    @Schema(name = "DimensionsReport")
    public record View(UUID roundId, String roundCode, LocalDate asOf,
            @Schema(description = "The report date as people read it, in the report's language", examples = "6 มิ.ย. 2565")
            String asOfText,
            @Schema(description = "The report date as Thai readers write it", examples = "6 มิ.ย. 2565") String asOfTextTh,
            @Schema(description = "The report date as English readers write it", examples = "6 Jun 2022 (B.E. 2565)")
            String asOfTextEn,
            Map<String, Instant> dataAsOf, List<Freshness.Warning> warnings, List<Row> dimensions) implements CsvTable {

        /** The same report, its names and date for readers of the language. */
        public View in(Language language) {
            return new View(roundId, roundCode, asOf, language == Language.TH ? asOfTextTh : asOfTextEn, asOfTextTh,
                    asOfTextEn, dataAsOf, warnings, dimensions.stream().map(row -> row.in(language)).toList());
        }

        @Override
        public List<String> csvHeader() {
            return List.of("dimension_code", "dimension_name", "lead_agencies", "supporting_agencies", "projects",
                    "agencies", "budget_thb", "gaps");
        }

        @Override
        public List<List<Object>> csvRows() {
            return dimensions.stream().map(d -> Arrays.<Object>asList(d.code(), d.name(), AgencyRef.codes(d.lead()),
                    AgencyRef.codes(d.supporting()), d.projects(), AgencyRef.codes(d.agencies()), d.budgetThb(),
                    String.join(";", d.gaps().stream().map(Enum::name).toList()))).toList();
        }
    }

    private final SurveyRounds rounds;
    private final FrameworkCopies framework;
    private final AgencyCopies agencies;
    private final EntityManager db;
    private final Freshness freshness;

    DimensionsReport(SurveyRounds rounds, FrameworkCopies framework, AgencyCopies agencies, EntityManager db,
            Freshness freshness) {
        this.rounds = rounds;
        this.framework = framework;
        this.agencies = agencies;
        this.db = db;
        this.freshness = freshness;
    }

    /** The report on a date; its {@code name}s are Thai until {@link View#in(Language)} chooses another language. */
    @SuppressWarnings("unchecked")
    public View of(UUID roundId, LocalDate asOf) {
        SurveyRound round = rounds.round(roundId);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> budgets = new HashMap<>();
        Map<String, Set<UUID>> working = new HashMap<>();
        for (Object[] r : (List<Object[]>) db.createNativeQuery("SELECT d.dimension_code, p.agency_id, p.budget_thb "
                + "FROM survey_project p JOIN survey_project_dimension d ON d.project_id = p.id WHERE p.round_id = ?1")
                .setParameter(1, roundId.toString()).getResultList()) {
            String code = (String) r[0];
            counts.computeIfAbsent(code, c -> new long[1])[0]++;
            working.computeIfAbsent(code, c -> new HashSet<>()).add(TrendReport.uuid(r[1]));
            if (r[2] != null) {
                budgets.merge(code, new BigDecimal(r[2].toString()), BigDecimal::add);
            }
        }
        List<FrameworkCopies.Assignment> assignments = framework.assignments().stream()
                .filter(a -> a.activeOn(asOf)).toList();
        Set<UUID> named = new HashSet<>();
        assignments.forEach(a -> named.add(a.agencyId()));
        working.values().forEach(named::addAll);
        Map<UUID, AgencySummary> known = agencies.byId(named);
        List<Row> rows = new ArrayList<>();
        for (FrameworkCopies.Dimension dimension : framework.dimensions()) {
            if (!dimension.active()) {
                continue;
            }
            List<AgencyRef> lead = refs(assignments, dimension.id(), "LEAD", known);
            List<AgencyRef> supporting = refs(assignments, dimension.id(), "SUPPORTING", known);
            long projects = counts.getOrDefault(dimension.code(), new long[1])[0];
            List<AgencyRef> runners = working.getOrDefault(dimension.code(), Set.of()).stream()
                    .map(id -> AgencyRef.of(id, known))
                    .sorted(java.util.Comparator.comparing(a -> a.code() == null ? "" : a.code())).toList();
            List<Gap> gaps = new ArrayList<>();
            if (lead.isEmpty()) {
                gaps.add(Gap.NO_LEAD);
            } else if (lead.stream().noneMatch(AgencyRef::active)) {
                gaps.add(Gap.LEAD_NOT_ACTIVE);
            }
            if (projects == 0) {
                gaps.add(Gap.NO_PROJECTS);
            }
            rows.add(new Row(dimension.id(), dimension.code(), null, dimension.name().th(), dimension.name().en(), lead,
                    supporting, projects, runners, budgets.getOrDefault(dimension.code(), BigDecimal.ZERO), gaps));
        }
        Freshness.Stated stated = freshness.of(Freshness.AGENCY, Freshness.COMMITTEE);
        return new View(round.id(), round.code(), asOf, null, BuddhistEra.thai(asOf), BuddhistEra.english(asOf),
                stated.dataAsOf(), stated.warnings(), rows).in(Language.DEFAULT);
    }

    private static List<AgencyRef> refs(List<FrameworkCopies.Assignment> assignments, UUID dimensionId, String role,
            Map<UUID, AgencySummary> known) {
        return assignments.stream().filter(a -> a.dimensionId().equals(dimensionId) && role.equals(a.role()))
                .map(a -> AgencyRef.of(a.agencyId(), known))
                .sorted(java.util.Comparator.comparing(a -> a.code() == null ? "" : a.code())).toList();
    }
}
