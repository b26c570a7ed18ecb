package smartcity.reporting.response;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** An agency's answer in a round: does it run smart-city projects. A later edit replaces it; the version counts edits. */
@Entity
@Audited
@Table(name = "survey_response")
public class SurveyResponse {

    @EmbeddedId
    private RoundAgency.Key key;

    @Column(name = "runs_projects", nullable = false)
    private boolean runsProjects;

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

    protected SurveyResponse() {
    }

    SurveyResponse(RoundAgency.Key key, boolean runsProjects, String actor) {
        this.key = key;
        this.runsProjects = runsProjects;
        this.createdBy = actor;
        this.updatedBy = actor;
    }

    void answer(boolean runs, String actor) {
        runsProjects = runs;
        updatedBy = actor;
    }

    public java.util.UUID agencyId() {
        return key.agencyId;
    }

    public boolean runsProjects() {
        return runsProjects;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
