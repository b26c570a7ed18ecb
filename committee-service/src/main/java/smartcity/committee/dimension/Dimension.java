package smartcity.committee.dimension;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.committee.persistence.AuditedEntity;

/**
 * One dimension of the smart-city framework (Smart Living, Smart Energy, ... Trade and Investment). The framework is
 * data: the committee adds a dimension by resolution and retires one by deactivating it, never by deleting it.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "dimension")
public class Dimension extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_th", nullable = false, length = 200)
    private String nameTh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "description_th", length = 2000)
    private String descriptionTh;

    @Column(name = "description_en", length = 2000)
    private String descriptionEn;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "introduced_by_resolution_id")
    private UUID introducedByResolutionId;

    @Column(name = "retired_by_resolution_id")
    private UUID retiredByResolutionId;

    protected Dimension() {
        // for Hibernate
    }

    /** A new, active dimension of the framework. */
    static Dimension introduce(String code, String nameTh, String nameEn, String descriptionTh, String descriptionEn,
            int displayOrder, UUID resolutionId, String actor) {
        Dimension dimension = new Dimension();
        dimension.introducedByResolutionId = resolutionId;
        dimension.recordCreator(actor);
        dimension.recordEditor(actor);
        dimension.id = UUID.randomUUID();
        dimension.code = code;
        dimension.nameTh = nameTh;
        dimension.nameEn = nameEn;
        dimension.descriptionTh = descriptionTh;
        dimension.descriptionEn = descriptionEn;
        dimension.displayOrder = displayOrder;
        dimension.active = true;
        return dimension;
    }

    /** Takes the dimension out of the current framework; it stays on record. */
    void retire(UUID resolutionId, String actor) {
        if (!active) {
            throw new DimensionAlreadyRetired(code);
        }
        active = false;
        retiredByResolutionId = resolutionId;
        recordEditor(actor);
    }

    /**
     * Corrects the names, the description and the display order. A retired dimension stays on record as it was when
     * retired: correcting it is a conflict. Always one new revision, by {@code actor}.
     */
    void correct(DimensionCorrection correction, String actor) {
        if (!active) {
            throw new RetiredDimensionUnchangeable(code);
        }
        nameTh = correction.nameTh().strip();
        nameEn = correction.nameEn().strip();
        descriptionTh = correction.descriptionTh();
        descriptionEn = correction.descriptionEn();
        displayOrder = correction.displayOrder();
        recordEditor(actor);
        recordRevision();
    }

    public UUID retiredByResolutionId() {
        return retiredByResolutionId;
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

    public String descriptionTh() {
        return descriptionTh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public boolean active() {
        return active;
    }

    public UUID introducedByResolutionId() {
        return introducedByResolutionId;
    }

    static final class RetiredDimensionUnchangeable extends smartcity.committee.api.DomainProblem {
        RetiredDimensionUnchangeable(String code) {
            super(smartcity.committee.api.ProblemType.CONFLICT, "The dimension " + code + " is retired: it stays on "
                    + "record as it was and is not corrected");
        }
    }

    static final class DimensionAlreadyRetired extends smartcity.committee.api.DomainProblem {
        DimensionAlreadyRetired(String code) {
            super(smartcity.committee.api.ProblemType.CONFLICT, "The dimension " + code + " is already retired");
        }
    }
}
