package smartcity.committee.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MandateAmendment", description = "A committee's mandate (duties) as amended from a date, by a resolution")
public record MandateAmendment(
        @NotBlank @Size(max = 4000) @Schema(examples = "ขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดเชียงใหม่ รวมถึงด้านการค้าและการลงทุนอัจฉริยะ")
        String mandateTh,
        @Size(max = 4000) @Schema(examples = "Drive Chiang Mai's smart-city development, including smart trade and investment")
        String mandateEn,
        @NotNull @Schema(description = "The first day the amended mandate is in force", examples = "2022-07-01")
        LocalDate effectiveDate,
        @NotNull @Schema(description = "The resolution that decided the amendment") UUID resolutionId) {
}
