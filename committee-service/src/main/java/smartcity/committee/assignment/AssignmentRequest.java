package smartcity.committee.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentRequest", description = "Make an agency responsible for a dimension from a date")
public record AssignmentRequest(
        @NotNull UUID dimensionId,
        @NotNull @Schema(description = "An agency-service id") UUID agencyId,
        @NotNull @Schema(examples = "LEAD") Assignment.Role role,
        @Pattern(regexp = "[RACI]{1,4}", message = "must be letters of R, A, C, I")
        @Schema(description = "RACI letters, where the committee uses them", maxLength = 4, examples = "A") String raci,
        @NotNull @Schema(examples = "2022-06-06") LocalDate startDate,
        @Schema(description = "Last day, when already known") LocalDate endDate,
        @Size(max = 500) @Schema(description = "The resolution that made the assignment",
                examples = "มติที่ประชุมคณะกรรมการ 6 มิถุนายน 2565") String basis,
        @Schema(description = "The resolution that made the assignment, when it is recorded") UUID resolutionId) {
}
