package smartcity.committee.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import smartcity.committee.security.StaffOnly;

/**
 * What every mutable record keeps beside its own state: the version that is its ETag (optimistic locking) and who
 * created and last changed it, and when. The columns are the same in every table ({@code version}, {@code created_at},
 * {@code updated_at}, {@code created_by}, {@code updated_by}). An entity that Envers audits names this class in
 * {@code @AuditOverride(forClass = AuditedEntity.class)}, so that its revisions carry these columns too.
 */
@MappedSuperclass
public abstract class AuditedEntity {

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
    @StaffOnly
    private String createdBy;

    @Column(name = "updated_by", length = 100)
    @StaffOnly
    private String updatedBy;

    /** @param actor the token's subject that created the record */
    protected void recordCreator(String actor) {
        createdBy = actor;
    }

    /** @param actor the token's subject that changed the record */
    protected void recordEditor(String actor) {
        updatedBy = actor;
    }

    /**
     * Makes this change a new revision of the row even when none of its own columns changed (only a collection did):
     * the row is written, so its version moves on.
     */
    protected void recordRevision() {
        updatedAt = Instant.now();
    }

    /**
     * Whether an {@code If-Match} header allows a change of this version: none, or {@code *}, allows any; otherwise it
     * must be the ETag of this version (the version in quotes; a weak {@code W/} tag compares the same).
     */
    public boolean matches(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return true;
        }
        String tag = ifMatch.strip();
        return (tag.startsWith("W/") ? tag.substring(2) : tag).equals("\"" + version + "\"");
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
