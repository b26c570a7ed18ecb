package smartcity.committee.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.committee.persistence.AuditedEntity;
import smartcity.committee.person.PersonPost;
import smartcity.committee.person.PostText;
import smartcity.committee.roster.RosterEnums.SeatBasis;
import smartcity.committee.roster.RosterEnums.SeatRole;

/**
 * A seat on a committee. An ex-officio seat names the position (and the agency) whose holder sits in it, e.g. "ผู้ว่า
 * ราชการจังหวัดเชียงใหม่"; an appointed seat is held by whoever an order names.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "seat")
public class Seat extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "committee_id", nullable = false)
    private UUID committeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private SeatRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false, length = 20)
    private SeatBasis basis;

    @Column(name = "title_th", nullable = false, length = 300)
    private String titleTh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Column(name = "position_th", length = 300)
    private String positionTh;

    @Column(name = "position_en", length = 300)
    private String positionEn;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(name = "established_on")
    private java.time.LocalDate establishedOn;

    @Column(name = "abolished_on")
    private java.time.LocalDate abolishedOn;

    protected Seat() {
        // for Hibernate
    }

    static Seat create(UUID committeeId, SeatDetails details, int displayOrder, String actor) {
        Seat seat = new Seat();
        seat.id = UUID.randomUUID();
        seat.committeeId = committeeId;
        seat.role = details.role();
        seat.basis = details.basis();
        seat.titleTh = details.titleTh().strip();
        seat.titleEn = details.titleEn();
        seat.positionTh = PostText.display(details.positionTh());
        seat.positionEn = PostText.display(details.positionEn());
        seat.agencyId = details.agencyId();
        seat.displayOrder = displayOrder;
        seat.recordCreator(actor);
        seat.recordEditor(actor);
        return seat;
    }

    /** A seat a restructuring adds exists from its effective date. */
    static Seat establish(UUID committeeId, SeatDetails details, int displayOrder, java.time.LocalDate from, String actor) {
        Seat seat = create(committeeId, details, displayOrder, actor);
        seat.establishedOn = from;
        return seat;
    }

    /** From this day on the seat no longer exists. */
    void abolish(java.time.LocalDate from, String actor) {
        if (abolishedOn != null) {
            throw new RosterProblems.SeatAlreadyAbolished(titleTh, abolishedOn);
        }
        abolishedOn = from;
        recordEditor(actor);
    }

    boolean existsOn(java.time.LocalDate day) {
        return (establishedOn == null || !establishedOn.isAfter(day)) && (abolishedOn == null || abolishedOn.isAfter(day));
    }

    /**
     * Whether a post fits the seat: an ex-officio seat wants its position, in Thai or (when the seat names one) in
     * English, compared as {@link PostText} does (white space and Unicode form aside), and its agency when it names one.
     * An appointed seat fits anyone. No post (null) fits no ex-officio seat.
     */
    boolean fits(PersonPost post) {
        if (basis != SeatBasis.EX_OFFICIO) {
            return true;
        }
        if (post == null) {
            return false;
        }
        boolean position = positionTh == null || PostText.same(positionTh, post.positionTh())
                || (positionEn != null && PostText.same(positionEn, post.positionEn()));
        boolean agency = agencyId == null || agencyId.equals(post.agencyId());
        return position && agency;
    }

    /** What the seat needs, in words, for a problem's detail: its position (Thai, and English when named). */
    String needs() {
        return "'" + positionTh + "'" + (positionEn == null ? "" : " (" + positionEn + ")")
                + (agencyId == null ? "" : " of the agency " + agencyId);
    }

    /** Corrects the seat's titles, position text or place in the order: the same seat, said right. */
    void correct(SeatCorrection corrected, String actor) {
        titleTh = corrected.titleTh().strip();
        titleEn = corrected.titleEn() == null || corrected.titleEn().isBlank() ? null : corrected.titleEn().strip();
        if (basis == SeatBasis.EX_OFFICIO) {
            positionTh = PostText.display(corrected.positionTh());
            positionEn = PostText.display(corrected.positionEn());
        }
        displayOrder = corrected.displayOrder();
        recordEditor(actor);
    }

    public UUID id() {
        return id;
    }

    public UUID committeeId() {
        return committeeId;
    }

    public SeatRole role() {
        return role;
    }

    public SeatBasis basis() {
        return basis;
    }

    public String titleTh() {
        return titleTh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String positionTh() {
        return positionTh;
    }

    public String positionEn() {
        return positionEn;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public int displayOrder() {
        return displayOrder;
    }

    /** The first day of a seat a restructuring added; null for a seat the committee has had from the start. */
    public java.time.LocalDate establishedOn() {
        return establishedOn;
    }

    /** The first day the seat no longer exists; null while it does. */
    public java.time.LocalDate abolishedOn() {
        return abolishedOn;
    }
}
