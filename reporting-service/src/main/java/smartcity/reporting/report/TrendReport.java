package smartcity.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.api.CsvTable;
import smartcity.reporting.feed.Freshness;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRoundRepository;

/** The participation figures of every round that has opened, oldest period first: how the province moves. */
@ApplicationScoped
public class TrendReport {

    @Schema(name = "TrendRow", description = "One survey round's figures")
    public record Row(UUID roundId, String roundCode, String titleTh, String titleEn, LocalDate periodStart,
            LocalDate periodEnd, SurveyRound.Status status, long surveyed, long responded, Shares.Share running,
            Shares.Share none, Shares.Share notResponded,
            @Schema(description = "Projects reported in the round's answers") long projects,
            @Schema(description = "Their budgets added up, in Thai baht") BigDecimal budgetThb) {
    }

    @Schema(name = "TrendReport")
    public record View(Map<String, Instant> dataAsOf, List<Freshness.Warning> warnings, List<Row> rounds)
            implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return List.of("round_code", "title_th", "title_en", "period_start", "period_end", "status", "surveyed",
                    "responded", "running", "running_percent", "running_whole_percent", "none", "none_percent",
                    "none_whole_percent", "not_responded", "not_responded_percent", "not_responded_whole_percent",
                    "projects", "budget_thb");
        }

        @Override
        public List<List<Object>> csvRows() {
            return rounds.stream().map(r -> Arrays.<Object>asList(r.roundCode(), r.titleTh(), r.titleEn(),
                    r.periodStart(), r.periodEnd(), r.status(), r.surveyed(), r.responded(), r.running().count(),
                    r.running().percent(), r.running().wholePercent(), r.none().count(), r.none().percent(),
                    r.none().wholePercent(), r.notResponded().count(), r.notResponded().percent(),
                    r.notResponded().wholePercent(), r.projects(), r.budgetThb())).toList();
        }
    }

    private final SurveyRoundRepository rounds;
    private final EntityManager db;
    private final Freshness freshness;

    TrendReport(SurveyRoundRepository rounds, EntityManager db, Freshness freshness) {
        this.rounds = rounds;
        this.db = db;
        this.freshness = freshness;
    }

    public View all() {
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : rows("SELECT ra.round_id, COUNT(*), COUNT(sr.agency_id), "
                + "COALESCE(SUM(CASE WHEN sr.runs_projects THEN 1 ELSE 0 END), 0) "
                + "FROM round_agency ra LEFT JOIN survey_response sr "
                + "ON sr.round_id = ra.round_id AND sr.agency_id = ra.agency_id GROUP BY ra.round_id")) {
            counts.put(uuid(row[0]), new long[] {number(row[1]), number(row[2]), number(row[3])});
        }
        Map<UUID, Object[]> projects = new HashMap<>();
        for (Object[] row : rows("SELECT round_id, COUNT(*), SUM(budget_thb) FROM survey_project GROUP BY round_id")) {
            projects.put(uuid(row[0]), row);
        }
        List<Row> trend = new ArrayList<>();
        for (SurveyRound round : rounds.thatHaveOpened()) {
            long[] c = counts.getOrDefault(round.id(), new long[3]);
            Object[] p = projects.get(round.id());
            List<Shares.Share> shares = Shares.of(List.of(c[2], c[1] - c[2], c[0] - c[1]));
            trend.add(new Row(round.id(), round.code(), round.titleTh(), round.titleEn(), round.periodStart(),
                    round.periodEnd(), round.status(), c[0], c[1], shares.get(0), shares.get(1), shares.get(2),
                    p == null ? 0 : number(p[1]), p == null || p[2] == null ? BigDecimal.ZERO : new BigDecimal(p[2].toString())));
        }
        Freshness.Stated stated = freshness.of();
        return new View(stated.dataAsOf(), stated.warnings(), trend);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return db.createNativeQuery(sql).getResultList();
    }

    static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
