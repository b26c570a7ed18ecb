package smartcity.committee.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.committee.persistence.AuditedEntity;

/**
 * A post a person held from {@code validFrom} to {@code validTo} (both included; null for "since before the record
 * began" and "still held"): a position in Thai and English and the agency it belongs to. A move ends one post the day
 * before the next begins; a correction changes a post's text in place and moves nothing.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "person_post")
public class PersonPost extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "position_th", length = 300)
    private String positionTh;

    @Column(name = "position_en", length = 300)
    private String positionEn;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected PersonPost() {
        // for Hibernate
    }

    static PersonPost begin(UUID personId, String positionTh, String positionEn, UUID agencyId, LocalDate from,
            LocalDate to, String actor) {
        PersonPost post = new PersonPost();
        post.id = UUID.randomUUID();
        post.personId = personId;
        post.positionTh = PostText.display(positionTh);
        post.positionEn = PostText.display(positionEn);
        post.agencyId = agencyId;
        post.validFrom = from;
        post.validTo = to;
        post.recordCreator(actor);
        post.recordEditor(actor);
        return post;
    }

    /** The post ends: {@code lastDay} is the last day it is held. */
    void close(LocalDate lastDay, String actor) {
        validTo = lastDay;
        recordEditor(actor);
    }

    /** The post's text or agency was recorded wrongly: the same post, said right. */
    void correct(String newPositionTh, String newPositionEn, UUID newAgencyId, String actor) {
        positionTh = PostText.display(newPositionTh);
        positionEn = PostText.display(newPositionEn);
        agencyId = newAgencyId;
        recordEditor(actor);
    }

    /** Whether the post is held on that day. */
    public boolean heldOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
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

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
