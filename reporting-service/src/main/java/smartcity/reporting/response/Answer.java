package smartcity.reporting.response;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SurveyAnswer", description = "An agency's answer in a survey round")
public record Answer(@NotNull @Schema(description = "Does the agency run smart-city projects?", examples = "true")
        Boolean runsSmartCityProjects) {

    @Schema(name = "SurveyAnswerRevision", description = "One answer an agency gave, and when and by whom")
    public record Revision(boolean runsSmartCityProjects, Instant answeredAt, String answeredBy) {
    }

    @Schema(name = "NonRespondent")
    public record NonRespondent(UUID agencyId, String code, String nameTh, String type, String district) {
    }

    @Schema(name = "SurveyResponse")
    public record View(UUID agencyId, boolean runsSmartCityProjects,
            @Schema(description = "1 for the first answer, more after each edit") long version,
            Instant updatedAt, String updatedBy) {

        public static View from(SurveyResponse response) {
            return new View(response.agencyId(), response.runsProjects(), response.version() + 1, response.updatedAt(),
                    response.updatedBy());
        }
    }
}
