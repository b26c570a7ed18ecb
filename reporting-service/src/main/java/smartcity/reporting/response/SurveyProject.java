package smartcity.reporting.response;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A smart-city project an agency reports in its answer. */
@Entity
@Audited
@Table(name = "survey_project")
public class SurveyProject {

    public enum Status { PLANNED, ONGOING, COMPLETED }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumns({
            @JoinColumn(name = "round_id", referencedColumnName = "round_id"),
            @JoinColumn(name = "agency_id", referencedColumnName = "agency_id")})
    private SurveyResponse response;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title_th", nullable = false, length = 300)
    private String titleTh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "budget_thb", precision = 15, scale = 2)
    private BigDecimal budgetThb;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_project_dimension", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "dimension_code", length = 40, nullable = false)
    private Set<String> dimensions = new LinkedHashSet<>();

    protected SurveyProject() {
        // for Hibernate
    }

    SurveyProject(SurveyResponse response, int position, Answer.Project project) {
        this.id = UUID.randomUUID();
        this.response = response;
        this.position = position;
        this.titleTh = project.titleTh().strip();
        this.titleEn = project.titleEn() == null || project.titleEn().isBlank() ? null : project.titleEn().strip();
        this.status = project.status();
        this.budgetThb = project.budgetThb();
        this.startsOn = project.startsOn();
        this.endsOn = project.endsOn();
        this.dimensions.addAll(project.dimensions());
    }

    public Answer.Project view() {
        return new Answer.Project(titleTh, titleEn, java.util.List.copyOf(dimensions), status, budgetThb, startsOn, endsOn);
    }

    public int position() {
        return position;
    }
}
