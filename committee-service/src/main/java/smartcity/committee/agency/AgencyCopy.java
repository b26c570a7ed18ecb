package smartcity.committee.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The local copy of one agency: enough to name it and to know whether it still exists, without asking. */
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

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "feed_seq", nullable = false)
    private long feedSeq;

    @Column(name = "copied_at", nullable = false)
    private Instant copiedAt;

    protected AgencyCopy() {
        // for Hibernate
    }

    AgencyCopy(UUID id, AgencyRef agency, long seq) {
        this.id = id;
        apply(agency, seq);
    }

    /**
     * Takes the agency's state as of feed position {@code seq}; an older state than the one held is ignored, so applying
     * the same page twice, or pages out of order, converges to the same copy. A direct read (seq 0) never overrides a
     * state that came through the feed with a position.
     */
    boolean apply(AgencyRef agency, long seq) {
        if (code != null && (seq != 0 && seq <= feedSeq || seq == 0 && feedSeq != 0)) {
            return false;
        }
        code = agency.code();
        nameTh = agency.nameTh();
        nameEn = agency.nameEn();
        status = agency.status();
        feedSeq = seq;
        copiedAt = Instant.now();
        return true;
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

    public String status() {
        return status;
    }

    public long feedSeq() {
        return feedSeq;
    }
}
