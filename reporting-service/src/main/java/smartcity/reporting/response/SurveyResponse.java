package smartcity.reporting.response;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** An agency's answer in a round: does it run smart-city projects. A later edit replaces it; the version counts edits. */
@Entity
@Audited
@Table(name = "survey_response")
public class SurveyResponse {

    @EmbeddedId
    private RoundAgency.Key key;

    @Column(name = "runs_projects", nullable = false)
    private boolean runsProjects;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyProject> projects = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", length = 100, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected SurveyResponse() {
    }

    SurveyResponse(RoundAgency.Key key, String actor) {
        this.key = key;
        this.createdBy = actor;
    }

    /** Takes the answer; its projects replace the earlier ones (an agency running none has none). */
    void answer(boolean runs, List<Answer.Project> reported, String actor) {
        runsProjects = runs;
        updatedBy = actor;
        updatedAt = Instant.now(); // every answer is a new revision, even one that changes only the projects
        projects.clear();
        for (Answer.Project project : reported) {
            projects.add(new SurveyProject(this, projects.size(), project));
        }
    }

    public List<Answer.Project> projectViews() {
        return projects.stream().map(SurveyProject::view).toList();
    }

    public java.util.UUID roundId() {
        return key.roundId;
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
