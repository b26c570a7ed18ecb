package smartcity.reporting.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = 500)
    private String cancellationReason;

    protected SurveyRound() {
        // for Hibernate
    }

    static SurveyRound plan(SurveyRoundCreate details, String actor) {
        SurveyRound round = new SurveyRound();
        round.id = UUID.randomUUID();
        round.recordCreator(actor);
        round.take(details, actor);
        return round;
    }

    /**
     * PLANNED until it opens (its population is then fixed), OPEN while agencies answer, CLOSED after; CANCELLED when
     * it was called off before it opened (it never surveyed anyone).
     */
    public enum Status {
        PLANNED, OPEN, CLOSED, CANCELLED;

        /** Whether the round has opened: it has a population, answers and figures (OPEN or CLOSED). */
        public boolean hasOpened() {
            return this == OPEN || this == CLOSED;
        }
    }

    /** The correctable details as they are: what a correction (a merge patch) starts from. */
    SurveyRoundCreate details() {
        return new SurveyRoundCreate(code, titleTh, titleEn, periodStart, periodEnd, opensOn, closesOn);
    }

    /**
     * Corrects a planned round's code, titles, period and answering window. Once the round has opened its population
     * and answers were taken under these details, so they stay as they are; a cancelled round is read-only.
     */
    void correct(SurveyRoundCreate details, String actor) {
        requireCorrectable();
        take(details, actor);
    }

    void requireCorrectable() {
        if (status != Status.PLANNED) {
            throw new SurveyRoundLifecycleConflict(this, "only a planned round can be corrected");
        }
    }

    private void take(SurveyRoundCreate details, String actor) {
        if (details.periodEnd().isBefore(details.periodStart()) || details.closesOn().isBefore(details.opensOn())) {
            throw new IllegalArgumentException("a survey round's dates must be in order");
        }
        code = details.code();
        titleTh = details.titleTh().strip();
        titleEn = details.titleEn();
        periodStart = details.periodStart();
        periodEnd = details.periodEnd();
        opensOn = details.opensOn();
        closesOn = details.closesOn();
        recordEditor(actor);
    }

    /** Opens a planned round; its population is fixed from now on. */
    public void open() {
        if (status != Status.PLANNED) {
            throw new SurveyRoundLifecycleConflict(this, "only a planned round can open");
        }
        status = Status.OPEN;
    }

    /** Closes an open round: no answer is taken after this, and its figures are final. */
    public void close() {
        if (status != Status.OPEN) {
            throw new SurveyRoundLifecycleConflict(this, "only an open round can close");
        }
        status = Status.CLOSED;
    }

    /**
     * Calls off a planned round: it will never open, take answers or be corrected, and stays listed as CANCELLED. A
     * round that has opened has surveyed agencies and cannot be undone; it closes instead.
     */
    void cancel(String reason, Instant at, String actor) {
        if (status != Status.PLANNED) {
            throw new SurveyRoundLifecycleConflict(this, "only a planned round can be cancelled (an open one closes)");
        }
        status = Status.CANCELLED;
        cancelledAt = at;
        cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
        recordEditor(actor);
    }

    public Status status() {
        return status;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
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
