package smartcity.agency;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Merger", description = "Merge an agency into another, active agency as of a date")
public record Merger(
        @NotNull @Schema(description = "The agency that absorbs this one") UUID intoAgencyId,
        @NotNull @Schema(examples = "2022-10-01") LocalDate effectiveDate) {
}
