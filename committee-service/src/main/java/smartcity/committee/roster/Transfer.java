package smartcity.committee.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Transfer", description = "A person's new position and affiliation from a date")
public record Transfer(
        @NotNull @Schema(description = "First day in the new post", examples = "2022-06-01") LocalDate effectiveDate,
        @NotBlank @Size(max = 300) @Schema(examples = "ผู้ว่าราชการจังหวัดลำพูน") String positionTh,
        @Size(max = 300) @Schema(examples = "Governor of Lamphun") String positionEn,
        @Schema(description = "The new agency (an agency-service id), when it is in the registry") UUID agencyId) {
}
