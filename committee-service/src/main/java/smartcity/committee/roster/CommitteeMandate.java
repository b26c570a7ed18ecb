package smartcity.committee.roster;

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
 * A committee's mandate (its duties) in force from {@code effectiveDate} until the next one's: the one it was
 * established with (no date: from the start), or an amendment, with the resolution that decided it.
 */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "committee_mandate")
public class CommitteeMandate extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "committee_id", nullable = false)
    private UUID committeeId;

    @Column(name = "mandate_th", length = 4000)
    private String mandateTh;

    @Column(name = "mandate_en", length = 4000)
    private String mandateEn;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "resolution_id")
    private UUID resolutionId;

    protected CommitteeMandate() {
        // for Hibernate
    }

    static CommitteeMandate of(UUID committeeId, String mandateTh, String mandateEn, LocalDate effectiveDate,
            UUID resolutionId, String actor) {
        CommitteeMandate mandate = new CommitteeMandate();
        mandate.id = UUID.randomUUID();
        mandate.committeeId = committeeId;
        mandate.mandateTh = mandateTh == null || mandateTh.isBlank() ? null : mandateTh.strip();
        mandate.mandateEn = mandateEn == null || mandateEn.isBlank() ? null : mandateEn.strip();
        mandate.effectiveDate = effectiveDate;
        mandate.resolutionId = resolutionId;
        mandate.recordCreator(actor);
        mandate.recordEditor(actor);
        return mandate;
    }

    /** Whether this mandate began on or before the day (the original one always has). */
    boolean begunBy(LocalDate day) {
        return effectiveDate == null || !effectiveDate.isAfter(day);
    }

    public UUID id() {
        return id;
    }

    public UUID committeeId() {
        return committeeId;
    }

    public String mandateTh() {
        return mandateTh;
    }

    public String mandateEn() {
        return mandateEn;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public UUID resolutionId() {
        return resolutionId;
    }
}
