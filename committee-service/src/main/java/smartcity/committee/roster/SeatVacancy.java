package smartcity.committee.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.committee.persistence.AuditedEntity;

/**
 * What committee-service concludes about one seat over time: its {@link VacancyPeriod}s, as
 * {@link Committees#vacancies} answers for each day. It is derived, never edited: every write that can change the
 * conclusion (a seat added or abolished, a membership begun or ended, a holder's transfer, a restructuring, an agency
 * that agency-service's feed reports dissolved) recomputes it in its own transaction ({@link SeatVacancies}), and it is
 * audited, so the change feed carries it (kind SEAT_VACANCY) in the same revision as the change that caused it. Other
 * services copy it instead of re-deriving the ex-officio rule.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "seat_vacancy")
public class SeatVacancy extends AuditedEntity {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<VacancyPeriod>> PERIODS = new TypeReference<>() {
    };

    /** The seat's id. */
    @Id
    private UUID id;

    @Column(name = "committee_id", nullable = false)
    private UUID committeeId;

    /** The periods as JSON, in date order. */
    @Column(name = "periods", nullable = false, columnDefinition = "TEXT")
    private String periods;

    protected SeatVacancy() {
        // for Hibernate
    }

    static SeatVacancy of(Seat seat, List<VacancyPeriod> periods, String actor) {
        SeatVacancy vacancy = new SeatVacancy();
        vacancy.id = seat.id();
        vacancy.committeeId = seat.committeeId();
        vacancy.periods = write(periods);
        vacancy.recordCreator(actor);
        vacancy.recordEditor(actor);
        return vacancy;
    }

    /** Takes newly computed periods; returns whether they differ from those held (only then is it a change). */
    boolean update(List<VacancyPeriod> computed, String actor) {
        String json = write(computed);
        if (json.equals(periods)) {
            return false;
        }
        periods = json;
        recordEditor(actor);
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID committeeId() {
        return committeeId;
    }

    public List<VacancyPeriod> periods() {
        try {
            return JSON.readValue(periods, PERIODS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("seat_vacancy " + id + " holds periods that are not its own JSON", e);
        }
    }

    private static String write(List<VacancyPeriod> periods) {
        try {
            return JSON.writeValueAsString(periods);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
