package smartcity.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import smartcity.agency.persistence.AuditedEntity;

/**
 * An agency in the provincial registry. It owns its lifecycle: only an active agency can be edited, dissolved or
 * merged, and a merged agency remembers which agency absorbed it. Agencies are never deleted.
 */
@Entity
@Table(name = "agency")
public class Agency extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_th", nullable = false, length = 300)
    private String nameTh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Column(name = "abbreviation", length = 40)
    private String abbreviation;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    private AgencyType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "local_kind", length = 60)
    private LocalAdministrationKind localKind;

    @Column(name = "dla_code", length = 10)
    private String dlaCode;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "district_code", length = 4)
    private String district;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "website", length = 500)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AgencyStatus status;

    @Column(name = "status_since")
    private LocalDate statusSince;

    @Column(name = "merged_into_id")
    private UUID mergedIntoId;

    protected Agency() {
        // for Hibernate
    }

    static Agency register(AgencyDetails details, String actor) {
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.status = AgencyStatus.ACTIVE;
        agency.recordCreator(actor);
        agency.apply(details, actor);
        return agency;
    }

    /** Replaces everything a client controls. A merged or dissolved agency is history and cannot be edited. */
    void revise(AgencyDetails details, String actor) {
        requireEditable();
        apply(details, actor);
    }

    void requireEditable() {
        requireActive("edited");
    }

    void dissolve(LocalDate effective, String actor) {
        requireActive("dissolved");
        status = AgencyStatus.DISSOLVED;
        statusSince = effective;
        recordEditor(actor);
    }

    void mergeInto(Agency absorber, LocalDate effective, String actor) {
        requireActive("merged");
        if (absorber.id.equals(id)) {
            throw new AgencyLifecycleConflict("An agency cannot be merged into itself");
        }
        if (absorber.status != AgencyStatus.ACTIVE) {
            throw new AgencyLifecycleConflict("Agency " + absorber.code + " is " + absorber.status.name().toLowerCase()
                    + " and cannot absorb another agency");
        }
        status = AgencyStatus.MERGED;
        statusSince = effective;
        mergedIntoId = absorber.id;
        recordEditor(actor);
    }

    /** Whether replacing the client's fields with these would change anything. */
    public boolean sameDetails(AgencyDetails details) {
        return details.normalized().equals(details());
    }

    public AgencyDetails details() {
        return new AgencyDetails(code, nameTh, nameEn, abbreviation, type, localKind, dlaCode, parentId, district,
                address, phone, email, website);
    }

    private void apply(AgencyDetails requested, String actor) {
        AgencyDetails details = requested.normalized();
        code = details.code();
        nameTh = details.nameTh();
        nameEn = details.nameEn();
        abbreviation = details.abbreviation();
        type = details.type();
        localKind = details.localKind();
        dlaCode = details.dlaCode();
        parentId = details.parentId();
        district = details.district();
        address = details.address();
        phone = details.phone();
        email = details.email();
        website = details.website();
        recordEditor(actor);
    }

    private void requireActive(String action) {
        if (status != AgencyStatus.ACTIVE) {
            throw new AgencyLifecycleConflict("Agency " + code + " is " + status.name().toLowerCase()
                    + (statusSince != null ? " since " + statusSince : "") + " and cannot be " + action);
        }
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public AgencyType type() {
        return type;
    }

    public LocalAdministrationKind localKind() {
        return localKind;
    }

    public String dlaCode() {
        return dlaCode;
    }

    public UUID parentId() {
        return parentId;
    }

    public String district() {
        return district;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String website() {
        return website;
    }

    public AgencyStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public UUID mergedIntoId() {
        return mergedIntoId;
    }
}
