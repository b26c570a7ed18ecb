package smartcity.reporting.response;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import smartcity.reporting.persistence.AuditedEntity;

/** An agency's answer in a round: does it run smart-city projects. A later edit replaces it; the version counts edits. */
@Entity
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@Table(name = "survey_response")
public class SurveyResponse extends AuditedEntity {

    @EmbeddedId
    private RoundAgency.Key key;

    @Column(name = "runs_projects", nullable = false)
    private boolean runsProjects;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyProject> projects = new ArrayList<>();

    protected SurveyResponse() {
    }

    SurveyResponse(RoundAgency.Key key, String actor) {
        this.key = key;
        recordCreator(actor);
    }

    /** Takes the answer; its projects replace the earlier ones (an agency running none has none). */
    void answer(boolean runs, List<Answer.Project> reported, String actor) {
        runsProjects = runs;
        recordEditor(actor);
        recordRevision(); // every answer is a new revision, even one that changes only the projects
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
}
