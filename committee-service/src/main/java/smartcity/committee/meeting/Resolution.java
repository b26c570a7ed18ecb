package smartcity.committee.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;

/** What a meeting resolved, numbered within the meeting. Assignments and new dimensions cite it. */
@Entity
@Audited
@Table(name = "resolution")
public class Resolution {

    public enum Kind { RESTRUCTURE, ASSIGNMENT, FRAMEWORK_CHANGE, OTHER }

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "text_th", nullable = false, length = 4000)
    private String textTh;

    @Column(name = "text_en", length = 4000)
    private String textEn;

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

    protected Resolution() {
        // for Hibernate
    }

    static Resolution resolve(UUID meetingId, int number, ResolutionDetails details, String actor) {
        Resolution resolution = new Resolution();
        resolution.id = UUID.randomUUID();
        resolution.meetingId = meetingId;
        resolution.number = number;
        resolution.kind = details.kind();
        resolution.textTh = details.textTh().strip();
        resolution.textEn = details.textEn();
        resolution.createdBy = actor;
        resolution.updatedBy = actor;
        return resolution;
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public int number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public String textTh() {
        return textTh;
    }

    public String textEn() {
        return textEn;
    }
}
