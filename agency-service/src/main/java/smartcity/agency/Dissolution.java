package smartcity.agency;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dissolution", description = "Dissolve an agency as of a date")
public record Dissolution(@NotNull @Schema(examples = "2022-10-01") LocalDate effectiveDate) {
}
