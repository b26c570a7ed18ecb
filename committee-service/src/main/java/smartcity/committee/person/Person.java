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
 * A person who sits, or sat, on a committee: name, current position and affiliation, and contact data that is personal
 * (shown to the secretariat and admins only).
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

    void revise(PersonDetails details, String actor) {
        apply(details, actor);
    }

    /** A new position and affiliation, e.g. a move to a post in another province. */
    public void transfer(String newPositionTh, String newPositionEn, UUID newAgencyId, String actor) {
        positionTh = newPositionTh.strip();
        positionEn = newPositionEn;
        agencyId = newAgencyId;
        recordEditor(actor);
    }

    private void apply(PersonDetails details, String actor) {
        honorific = details.honorific().strip();
        nameTh = details.nameTh().strip();
        nameEn = blankToNull(details.nameEn());
        positionTh = blankToNull(details.positionTh());
        positionEn = blankToNull(details.positionEn());
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
