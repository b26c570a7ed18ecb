package smartcity.committee.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.committee.api.InvalidField;
import smartcity.committee.api.ProblemDocument.FieldError;
import smartcity.committee.persistence.AuditedEntity;

/**
 * What a meeting resolved, numbered within the meeting. Assignments and new dimensions cite it. Its follow-up says
 * whether it has been carried out: it starts OPEN, and the committee moves it to any other status as it decides; a
 * DONE resolution carries the day it was done, any other none.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "resolution")
public class Resolution extends AuditedEntity {

    public enum Kind { RESTRUCTURE, ASSIGNMENT, FRAMEWORK_CHANGE, OTHER }

    /** Where carrying the resolution out stands. */
    public enum FollowUp { OPEN, IN_PROGRESS, DONE, DROPPED }

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "text_th", nullable = false, length = 4000)
    private String textTh;

    @Column(name = "text_en", length = 4000)
    private String textEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up", nullable = false, length = 20)
    private FollowUp followUp = FollowUp.OPEN;

    @Column(name = "responsible_agency_id")
    private UUID responsibleAgencyId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "note_th", length = 2000)
    private String noteTh;

    @Column(name = "note_en", length = 2000)
    private String noteEn;

    protected Resolution() {
        // for Hibernate
    }

    public static Resolution resolve(UUID meetingId, int number, ResolutionDetails details, String actor) {
        Resolution resolution = new Resolution();
        resolution.id = UUID.randomUUID();
        resolution.meetingId = meetingId;
        resolution.number = number;
        resolution.kind = details.kind();
        resolution.textTh = details.textTh().strip();
        resolution.textEn = details.textEn();
        resolution.recordCreator(actor);
        resolution.recordEditor(actor);
        return resolution;
    }

    /**
     * Replaces the follow-up. Any status may follow any other (the committee decides), but DONE needs the day it was
     * done, which cannot come before the meeting that resolved it ({@code resolvedOn}); any other status has no such
     * day, so leaving DONE clears it. Every rule the follow-up breaks is reported at once, and nothing changes then.
     */
    public void followUp(FollowUpDetails details, LocalDate resolvedOn, String actor) {
        List<FieldError> problems = new ArrayList<>();
        if (details.followUp() == FollowUp.DONE && details.doneOn() == null) {
            problems.add(new FieldError("doneOn", "must be given when followUp is DONE"));
        }
        if (details.followUp() != FollowUp.DONE && details.doneOn() != null) {
            problems.add(new FieldError("doneOn", "must be empty unless followUp is DONE"));
        }
        if (details.doneOn() != null && details.doneOn().isBefore(resolvedOn)) {
            problems.add(new FieldError("doneOn", "must not be before the meeting that resolved it, " + resolvedOn));
        }
        if (!problems.isEmpty()) {
            throw new InvalidField(problems);
        }
        followUp = details.followUp();
        doneOn = followUp == FollowUp.DONE ? details.doneOn() : null;
        responsibleAgencyId = details.responsibleAgencyId();
        dueOn = details.dueOn();
        noteTh = blankToNull(details.noteTh());
        noteEn = blankToNull(details.noteEn());
        recordEditor(actor);
    }

    /** Corrects the kind and the text; the follow-up is left as it is. Always one new revision, by {@code actor}. */
    public void correct(ResolutionCorrection correction, String actor) {
        kind = correction.kind();
        textTh = correction.textTh().strip();
        textEn = blankToNull(correction.textEn());
        recordEditor(actor);
        recordRevision();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public int number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public String textTh() {
        return textTh;
    }

    public String textEn() {
        return textEn;
    }

    public FollowUp followUp() {
        return followUp;
    }

    public UUID responsibleAgencyId() {
        return responsibleAgencyId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String noteTh() {
        return noteTh;
    }

    public String noteEn() {
        return noteEn;
    }
}
