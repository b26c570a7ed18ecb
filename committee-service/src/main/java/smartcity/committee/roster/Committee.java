package smartcity.committee.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import smartcity.committee.roster.RosterEnums.CommitteeLevel;
import smartcity.committee.roster.RosterEnums.CommitteeStatus;

/** A committee: its names, level, mandate and the order that established it. */
@Entity
@Audited
@Table(name = "committee")
public class Committee {

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", length = 100, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

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
        committee.createdBy = actor;
        committee.updatedBy = actor;
        return committee;
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

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
