package smartcity.committee.assignment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentEnd", description = "The last day of an assignment")
public record AssignmentEnd(@NotNull @Schema(examples = "2023-09-30") LocalDate endDate) {
}
