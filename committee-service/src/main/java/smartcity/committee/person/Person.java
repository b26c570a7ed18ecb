package smartcity.committee.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.committee.persistence.AuditedEntity;

/**
 * A person who sits, or sat, on a committee: name, latest position and affiliation, and contact data that is personal
 * (shown to the secretariat and admins only). The posts held over time, which every judgement on a date reads, are
 * {@link PersonPost}s; the position columns here repeat the latest of them.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "person")
public class Person extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "honorific", nullable = false, length = 40)
    private String honorific;

    @Column(name = "name_th", nullable = false, length = 200)
    private String nameTh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "position_th", length = 300)
    private String positionTh;

    @Column(name = "position_en", length = 300)
    private String positionEn;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    protected Person() {
        // for Hibernate
    }

    static Person register(PersonDetails details, String actor) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.recordCreator(actor);
        person.apply(details, actor);
        return person;
    }

    /** The latest of the person's posts is now this one (what the change feed's PERSON item carries). */
    void showLatestPost(PersonPost latest, String actor) {
        positionTh = latest.positionTh();
        positionEn = latest.positionEn();
        agencyId = latest.agencyId();
        recordEditor(actor);
    }

    /** Names, honorific and contact data said right: a correction, which moves nothing. */
    void correct(PersonCorrection corrected, String actor) {
        honorific = corrected.honorific().strip();
        nameTh = corrected.nameTh().strip();
        nameEn = blankToNull(corrected.nameEn());
        phone = blankToNull(corrected.phone());
        email = blankToNull(corrected.email());
        recordEditor(actor);
    }

    private void apply(PersonDetails details, String actor) {
        honorific = details.honorific().strip();
        nameTh = details.nameTh().strip();
        nameEn = blankToNull(details.nameEn());
        positionTh = PostText.display(details.positionTh());
        positionEn = PostText.display(details.positionEn());
        agencyId = details.agencyId();
        phone = blankToNull(details.phone());
        email = blankToNull(details.email());
        recordEditor(actor);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
        return id;
    }

    public String honorific() {
        return honorific;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
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

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
