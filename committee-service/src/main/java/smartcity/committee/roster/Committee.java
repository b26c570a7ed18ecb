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
import smartcity.committee.roster.RosterEnums.CommitteeLevel;
import smartcity.committee.roster.RosterEnums.CommitteeStatus;

/**
 * A committee: its names, level, latest mandate and the order that established it. Its mandates over time, which
 * {@code GET /committees/{id}?asOf=} answers from, are {@link CommitteeMandate}s.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "committee")
public class Committee extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_th", nullable = false, length = 300)
    private String nameTh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private CommitteeLevel level;

    @Column(name = "mandate_th", length = 4000)
    private String mandateTh;

    @Column(name = "mandate_en", length = 4000)
    private String mandateEn;

    @Column(name = "established_by", length = 500)
    private String establishedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CommitteeStatus status;

    protected Committee() {
        // for Hibernate
    }

    static Committee establish(CommitteeDetails details, String actor) {
        Committee committee = new Committee();
        committee.id = UUID.randomUUID();
        committee.code = details.code();
        committee.nameTh = details.nameTh().strip();
        committee.nameEn = details.nameEn();
        committee.level = details.level();
        committee.mandateTh = details.mandateTh();
        committee.mandateEn = details.mandateEn();
        committee.establishedBy = details.establishedBy();
        committee.status = CommitteeStatus.ACTIVE;
        committee.recordCreator(actor);
        committee.recordEditor(actor);
        return committee;
    }

    /** Code, names, level or founding order said right: a correction, which changes nothing from a date. */
    void correct(CommitteeCorrection corrected, String actor) {
        code = corrected.code();
        nameTh = corrected.nameTh().strip();
        nameEn = corrected.nameEn() == null || corrected.nameEn().isBlank() ? null : corrected.nameEn().strip();
        level = corrected.level();
        establishedBy = corrected.establishedBy() == null || corrected.establishedBy().isBlank() ? null
                : corrected.establishedBy().strip();
        recordEditor(actor);
    }

    /** The latest of the committee's mandates is now this one (what the change feed's COMMITTEE history keeps). */
    void showLatestMandate(CommitteeMandate latest, String actor) {
        mandateTh = latest.mandateTh();
        mandateEn = latest.mandateEn();
        recordEditor(actor);
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

    public CommitteeLevel level() {
        return level;
    }

    public String mandateTh() {
        return mandateTh;
    }

    public String mandateEn() {
        return mandateEn;
    }

    public String establishedBy() {
        return establishedBy;
    }

    public CommitteeStatus status() {
        return status;
    }
}
