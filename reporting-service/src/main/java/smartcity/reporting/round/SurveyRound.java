package smartcity.reporting.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import smartcity.reporting.persistence.AuditedEntity;

/**
 * A survey round: the period it asks about (often a Thai fiscal year, October to September) and the dates between
 * which agencies answer. A round's dates are always in order; the entity refuses anything else.
 */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "title_th", nullable = false, length = 300)
    private String titleTh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.PLANNED;

    protected SurveyRound() {
        // for Hibernate
    }

    static SurveyRound plan(String code, String titleTh, String titleEn, LocalDate periodStart, LocalDate periodEnd,
            LocalDate opensOn, LocalDate closesOn, String actor) {
        if (periodEnd.isBefore(periodStart) || closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("a survey round's dates must be in order");
        }
        SurveyRound round = new SurveyRound();
        round.id = UUID.randomUUID();
        round.code = code;
        round.recordCreator(actor);
        round.recordEditor(actor);
        round.titleTh = titleTh;
        round.titleEn = titleEn;
        round.periodStart = periodStart;
        round.periodEnd = periodEnd;
        round.opensOn = opensOn;
        round.closesOn = closesOn;
        return round;
    }

    /** PLANNED until it opens (its population is then fixed), OPEN while agencies answer, CLOSED after. */
    public enum Status { PLANNED, OPEN, CLOSED }

    /** Opens a planned round; its population is fixed from now on. */
    public void open() {
        if (status != Status.PLANNED) {
            throw new smartcity.reporting.api.DomainProblem(smartcity.reporting.api.ProblemType.CONFLICT,
                    "The survey round is " + status.name().toLowerCase() + "; only a planned round can open") { };
        }
        status = Status.OPEN;
    }

    /** Closes an open round: no answer is taken after this, and its figures are final. */
    public void close() {
        if (status != Status.OPEN) {
            throw new smartcity.reporting.api.DomainProblem(smartcity.reporting.api.ProblemType.CONFLICT,
                    "The survey round is " + status.name().toLowerCase() + "; only an open round can close") { };
        }
        status = Status.CLOSED;
    }

    public Status status() {
        return status;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String titleTh() {
        return titleTh;
    }

    public String titleEn() {
        return titleEn;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }
}
