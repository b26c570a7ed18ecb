package smartcity.reporting.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An agency as agency-service last described it through its change feed. */
@Entity
@Table(name = "agency_copy")
public class AgencyCopy {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_th", nullable = false, length = 300)
    private String nameTh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Column(name = "type", nullable = false, length = 40)
    private String type;

    @Column(name = "local_kind", length = 60)
    private String localKind;

    @Column(name = "district", length = 4)
    private String district;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "feed_seq", nullable = false)
    private long feedSeq;

    @Column(name = "copied_at", nullable = false)
    private Instant copiedAt;

    protected AgencyCopy() {
        // for Hibernate
    }

    AgencyCopy(UUID id) {
        this.id = id;
    }

    /**
     * Takes the agency's state as of feed position {@code seq}. A state no newer than the one held is ignored, so applying
     * a page twice, or after a restart from an older cursor, converges to the same copy.
     */
    boolean apply(AgencySummary agency, long seq) {
        if (code != null && seq <= feedSeq) {
            return false;
        }
        code = agency.code();
        nameTh = agency.nameTh();
        nameEn = agency.nameEn();
        type = agency.type();
        localKind = agency.localKind();
        district = agency.district();
        status = agency.status();
        feedSeq = seq;
        copiedAt = Instant.now();
        return true;
    }

    public AgencySummary summary() {
        return new AgencySummary(id, code, nameTh, nameEn, type, localKind, district, status);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String status() {
        return status;
    }
}
