package smartcity.committee.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.committee.api.InvalidField;
import smartcity.committee.persistence.AuditedEntity;
import smartcity.committee.roster.RosterEnums.CauseKind;
import smartcity.committee.roster.RosterEnums.EndReason;

/**
 * A person holding a seat from {@code startDate} to {@code endDate} (both days included; open-ended while held). It
 * ends once, never before it started.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "membership")
public class Membership extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "seat_id", nullable = false)
    private UUID seatId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @Column(name = "basis", length = 500)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_cause_kind", length = 20)
    private CauseKind endCauseKind;

    @Column(name = "end_cause_id")
    private UUID endCauseId;

    /** Why an ex-officio seat was given to someone whose post did not fit it; null when it did (or it is appointed). */
    @Column(name = "exception_reason", length = 500)
    private String exceptionReason;

    protected Membership() {
        // for Hibernate
    }

    static Membership begin(UUID seatId, UUID personId, LocalDate startDate, LocalDate endDate, String basis,
            String exceptionReason, String actor) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.seatId = seatId;
        membership.personId = personId;
        membership.startDate = startDate;
        membership.endDate = endDate;
        membership.basis = basis;
        membership.exceptionReason = exceptionReason == null || exceptionReason.isBlank() ? null : exceptionReason.strip();
        if (endDate != null) {
            membership.endCauseKind = CauseKind.MEMBERSHIP_END;
            membership.endCauseId = membership.id;
        }
        membership.recordCreator(actor);
        membership.recordEditor(actor);
        return membership;
    }

    void end(LocalDate on, EndReason reason, String actor) {
        if (endDate != null) {
            throw new RosterProblems.MembershipAlreadyEnded(endDate);
        }
        if (on.isBefore(startDate)) {
            throw new InvalidField("endDate", "must not be before the membership's start, " + startDate);
        }
        endDate = on;
        endReason = reason;
        endCauseKind = CauseKind.MEMBERSHIP_END;
        endCauseId = id;
        recordEditor(actor);
    }

    /**
     * Ends a membership earlier than planned (or at all), e.g. because its holder moved to another post.
     *
     * @param cause what ended it: a transfer (the new post's id) or a restructuring (its resolution's id, or null)
     */
    void endEarly(LocalDate lastDay, EndReason reason, CauseKind cause, UUID causeId, String actor) {
        endDate = lastDay;
        endReason = reason;
        endCauseKind = cause;
        endCauseId = causeId;
        recordEditor(actor);
    }

    /** Whether the person holds the seat on that day. */
    boolean heldOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public UUID id() {
        return id;
    }

    public UUID seatId() {
        return seatId;
    }

    public UUID personId() {
        return personId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public EndReason endReason() {
        return endReason;
    }

    public String basis() {
        return basis;
    }

    public CauseKind endCauseKind() {
        return endCauseKind;
    }

    public UUID endCauseId() {
        return endCauseId;
    }

    public String exceptionReason() {
        return exceptionReason;
    }
}
