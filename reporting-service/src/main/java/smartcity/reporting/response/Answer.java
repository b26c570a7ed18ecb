package smartcity.reporting.response;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.api.DatesInOrder;
import smartcity.reporting.security.StaffOnly;

@Schema(name = "SurveyAnswer", description = "An agency's answer in a survey round: whether it runs smart-city projects, "
        + "and which. The projects replace those of an earlier answer.")
public record Answer(
        @NotNull @Schema(description = "Does the agency run smart-city projects?", examples = "true")
        Boolean runsSmartCityProjects,
        @Valid @Size(max = 100) @Schema(description = "Its projects; only when it runs some (empty or absent otherwise)")
        List<@NotNull @Valid Project> projects) {

    public List<Project> projectList() {
        return projects == null ? List.of() : projects;
    }

    @DatesInOrder
    @Schema(name = "SurveyProject", description = "A smart-city project an agency reports")
    public record Project(
            @NotBlank @Size(max = 300) @Schema(examples = "ระบบติดตามรถโดยสารสาธารณะแบบเรียลไทม์") String titleTh,
            @Size(max = 300) @Schema(examples = "Real-time public bus tracking") String titleEn,
            @NotEmpty @Size(max = 8)
            @Schema(description = "Codes of the framework dimensions it serves (committee-service's dimensions)",
                    examples = "[\"SMART_MOBILITY\"]")
            List<@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a dimension code") String> dimensions,
            @NotNull SurveyProject.Status status,
            @PositiveOrZero @DecimalMax("9999999999999.99") @Digits(integer = 13, fraction = 2)
            @Schema(description = "Budget in Thai baht", examples = "2500000.00") BigDecimal budgetThb,
            @Schema(examples = "2021-10-01") LocalDate startsOn,
            @Schema(examples = "2022-09-30") LocalDate endsOn) implements DatesInOrder.Spans {

        @Override
        public List<DatesInOrder.Span> spans() {
            return List.of(new DatesInOrder.Span(startsOn, endsOn, "startsOn", "endsOn"));
        }
    }

    @Schema(name = "SurveyAnswerRevision", description = "One answer an agency gave, and when and by whom")
    public record Revision(boolean runsSmartCityProjects, List<Project> projects, Instant answeredAt,
            @Schema(description = StaffOnly.DESCRIPTION) @StaffOnly String answeredBy) {
    }

    @Schema(name = "NonRespondent")
    public record NonRespondent(UUID agencyId, String code, String nameTh, String type, String district) {
    }

    @Schema(name = "SurveyResponse")
    public record View(UUID agencyId, boolean runsSmartCityProjects, List<Project> projects,
            @Schema(description = "1 for the first answer, more after each edit") long version,
            Instant updatedAt, @Schema(description = StaffOnly.DESCRIPTION) @StaffOnly String updatedBy) {

        public static View from(SurveyResponse response) {
            return new View(response.agencyId(), response.runsProjects(), response.projectViews(),
                    response.version() + 1, response.updatedAt(), response.updatedBy());
        }
    }
}
