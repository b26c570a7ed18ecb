package smartcity.committee.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import smartcity.committee.persistence.AuditedEntity;

/**
 * A meeting of a committee. The chair is who holds the chair; the acting chair, when there is one, is who chaired this
 * meeting for them (the Governor delegated the 6 June 2022 meeting to a Deputy Governor): both are kept.
 *
 * <p>Its history (and the change feed) carries the meeting's own fields. Attendees and agenda are not audited: Envers
 * would read them back with one query per meeting revision, and they are written once, with the meeting.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "meeting")
public class Meeting extends AuditedEntity {

    @Embeddable
    public static class Attendee {
        @Column(name = "person_id")
        UUID personId;

        @Column(name = "agency_id")
        UUID agencyId;

        protected Attendee() {
        }

        Attendee(UUID personId, UUID agencyId) {
            this.personId = personId;
            this.agencyId = agencyId;
        }

        public UUID personId() {
            return personId;
        }

        public UUID agencyId() {
            return agencyId;
        }
    }

    @Id
    private UUID id;

    @Column(name = "committee_id", nullable = false)
    private UUID committeeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "place_th", nullable = false, length = 500)
    private String placeTh;

    @Column(name = "place_en", length = 500)
    private String placeEn;

    @Column(name = "chair_person_id", nullable = false)
    private UUID chairPersonId;

    @Column(name = "acting_chair_person_id")
    private UUID actingChairPersonId;

    @Column(name = "delegation_th", length = 500)
    private String delegationTh;

    @Column(name = "minutes_th", columnDefinition = "TEXT")
    private String minutesTh;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "title_th", nullable = false, length = 1000)
    private List<String> agenda = new ArrayList<>();

    protected Meeting() {
        // for Hibernate
    }

    static Meeting record(UUID committeeId, MeetingDetails details, String actor) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.committeeId = committeeId;
        meeting.heldOn = details.heldOn();
        meeting.placeTh = details.placeTh().strip();
        meeting.placeEn = details.placeEn();
        meeting.chairPersonId = details.chairPersonId();
        meeting.actingChairPersonId = details.actingChairPersonId();
        meeting.delegationTh = details.delegationTh();
        meeting.minutesTh = details.minutesTh();
        if (details.attendees() != null) {
            details.attendees().forEach(a -> meeting.attendees.add(new Attendee(a.personId(), a.agencyId())));
        }
        if (details.agenda() != null) {
            meeting.agenda.addAll(details.agenda());
        }
        meeting.recordCreator(actor);
        meeting.recordEditor(actor);
        return meeting;
    }

    /**
     * Corrects what the meeting record says (its committee and day stay). The people and agencies named have been
     * checked by the caller. Always one new revision, by {@code actor}, even when only the attendees or the agenda
     * changed (they are not audited themselves).
     */
    void correct(MeetingCorrection correction, String actor) {
        placeTh = correction.placeTh().strip();
        placeEn = correction.placeEn();
        chairPersonId = correction.chairPersonId();
        actingChairPersonId = correction.actingChairPersonId();
        delegationTh = correction.delegationTh();
        minutesTh = correction.minutesTh();
        attendees.clear();
        correction.attendeesOrNone().forEach(a -> attendees.add(new Attendee(a.personId(), a.agencyId())));
        agenda.clear();
        if (correction.agenda() != null) {
            agenda.addAll(correction.agenda());
        }
        recordEditor(actor);
        recordRevision();
    }

    public UUID id() {
        return id;
    }

    public UUID committeeId() {
        return committeeId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String placeTh() {
        return placeTh;
    }

    public String placeEn() {
        return placeEn;
    }

    public UUID chairPersonId() {
        return chairPersonId;
    }

    public UUID actingChairPersonId() {
        return actingChairPersonId;
    }

    public String delegationTh() {
        return delegationTh;
    }

    public String minutesTh() {
        return minutesTh;
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    public List<String> agenda() {
        return agenda;
    }
}
