package smartcity.committee.assignment;

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
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.InvalidField;
import smartcity.committee.api.ProblemType;
import smartcity.committee.persistence.AuditedEntity;

/** An agency's responsibility for a dimension, as lead or supporting, from a date to an optional last day. */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "assignment")
public class Assignment extends AuditedEntity {

    public enum Role { LEAD, SUPPORTING }

    @Id
    private UUID id;

    @Column(name = "dimension_id", nullable = false)
    private UUID dimensionId;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "raci", length = 4)
    private String raci;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "basis", length = 500)
    private String basis;

    @Column(name = "resolution_id")
    private UUID resolutionId;

    protected Assignment() {
        // for Hibernate
    }

    static Assignment assign(AssignmentRequest request, String actor) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.dimensionId = request.dimensionId();
        assignment.agencyId = request.agencyId();
        assignment.role = request.role();
        assignment.raci = request.raci();
        assignment.startDate = request.startDate();
        assignment.endDate = request.endDate();
        assignment.basis = request.basis();
        assignment.resolutionId = request.resolutionId();
        assignment.recordCreator(actor);
        assignment.recordEditor(actor);
        return assignment;
    }

    void end(LocalDate on, String actor) {
        if (endDate != null) {
            throw new AssignmentAlreadyEnded(endDate);
        }
        if (on.isBefore(startDate)) {
            throw new InvalidField("endDate", "must not be before the assignment's start, " + startDate);
        }
        endDate = on;
        recordEditor(actor);
    }

    /**
     * Corrects the RACI letters, the basis and the cited resolution (checked by the caller); who, what and when stay.
     * Always one new revision, by {@code actor}.
     */
    void correct(AssignmentCorrection correction, String actor) {
        raci = correction.raci();
        basis = correction.basis();
        resolutionId = correction.resolutionId();
        recordEditor(actor);
        recordRevision();
    }

    /** Ends the assignment the day before {@code day}, whatever end it had, for a hand-over from that day. */
    void endBefore(LocalDate day, String actor) {
        if (!startDate.isBefore(day)) {
            throw new InvalidField("effectiveDate", "must be after the start of the assignment it ends, " + startDate);
        }
        endDate = day.minusDays(1);
        recordEditor(actor);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !startDate.isAfter(to)) && (endDate == null || !from.isAfter(endDate));
    }

    boolean activeOn(LocalDate day) {
        return overlaps(day, day);
    }

    public UUID id() {
        return id;
    }

    public UUID dimensionId() {
        return dimensionId;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public Role role() {
        return role;
    }

    public String raci() {
        return raci;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String basis() {
        return basis;
    }

    public UUID resolutionId() {
        return resolutionId;
    }

    static final class AssignmentAlreadyEnded extends DomainProblem {
        AssignmentAlreadyEnded(LocalDate on) {
            super(ProblemType.CONFLICT, "The assignment already ended on " + on);
        }
    }
}
