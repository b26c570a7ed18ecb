package smartcity.reporting.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The participation figures of each round, maintained as answers arrive: the report reads a few dozen rows whatever the
 * size of the population, instead of counting the population and its answers on every request.
 * <p>
 * The rows are written only inside the transactions that open a round or record an answer, both of which hold the
 * round's row lock, so the tally moves in step with the answers it counts.
 */
@ApplicationScoped
public class ParticipationTally {

    /** How the surveyed agencies are grouped. */
    public enum Breakdown {
        ALL, TYPE, LOCAL_KIND, DISTRICT
    }

    /** The figures of one group: {@code running} of the {@code responded} run smart-city projects. */
    public record Count(Breakdown breakdown, String group, long surveyed, long responded, long running) {
    }

    private static final String GROUP_BY = "INSERT INTO participation_tally "
            + "(round_id, breakdown, group_code, surveyed, responded, running) "
            + "SELECT round_id, ?1, %s, COUNT(*), 0, 0 FROM round_agency WHERE round_id = ?2 %s GROUP BY %s";

    private final EntityManager db;

    ParticipationTally(EntityManager db) {
        this.db = db;
    }

    /** The round's population has just been fixed: every group starts with its surveyed count and no answers. */
    @Transactional(Transactional.TxType.MANDATORY)
    void opened(UUID roundId) {
        insert(roundId, Breakdown.ALL, "'ALL'", "", "round_id");
        insert(roundId, Breakdown.TYPE, "type", "", "type");
        insert(roundId, Breakdown.LOCAL_KIND, "local_kind", "AND local_kind IS NOT NULL", "local_kind");
        insert(roundId, Breakdown.DISTRICT, "district", "AND district IS NOT NULL", "district");
    }

    /**
     * An agency answered: a first answer counts as responded; running changes when the answer says otherwise than
     * before ({@code before} is null for a first answer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void answered(RoundAgency agency, Boolean before, boolean now) {
        int responded = before == null ? 1 : 0;
        int running = (now ? 1 : 0) - (Boolean.TRUE.equals(before) ? 1 : 0);
        if (responded == 0 && running == 0) {
            return;
        }
        db.createNativeQuery("UPDATE participation_tally SET responded = responded + ?1, running = running + ?2 "
                        + "WHERE round_id = ?3 AND (breakdown = 'ALL' OR (breakdown = 'TYPE' AND group_code = ?4) "
                        + "OR (breakdown = 'LOCAL_KIND' AND group_code = ?5) OR (breakdown = 'DISTRICT' AND group_code = ?6))")
                .setParameter(1, responded).setParameter(2, running).setParameter(3, agency.roundId().toString())
                .setParameter(4, agency.type()).setParameter(5, agency.localKind()).setParameter(6, agency.district())
                .executeUpdate();
    }

    /** The round's figures, every group of every breakdown; none before the round opens. */
    @SuppressWarnings("unchecked")
    public List<Count> of(UUID roundId) {
        List<Object[]> rows = db.createNativeQuery("SELECT breakdown, group_code, surveyed, responded, running "
                + "FROM participation_tally WHERE round_id = ?1").setParameter(1, roundId.toString()).getResultList();
        return rows.stream().map(row -> new Count(Breakdown.valueOf((String) row[0]), (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList();
    }

    private void insert(UUID roundId, Breakdown breakdown, String group, String filter, String groupBy) {
        db.createNativeQuery(String.format(GROUP_BY, group, filter, groupBy))
                .setParameter(1, breakdown.name()).setParameter(2, roundId.toString()).executeUpdate();
    }
}
