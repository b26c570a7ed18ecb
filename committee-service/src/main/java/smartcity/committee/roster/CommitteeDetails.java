package smartcity.committee.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.roster.RosterEnums.CommitteeLevel;

@Schema(name = "CommitteeDetails", description = "A new committee")
public record CommitteeDetails(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be 2 to 40 upper-case letters, digits, hyphens or underscores")
        @Schema(maxLength = 40, examples = "CM-SMART-CITY") String code,
        @NotBlank @Size(max = 300) @Schema(examples = "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) จังหวัดเชียงใหม่") String nameTh,
        @Size(max = 300) @Schema(examples = "Chiang Mai Smart City Development Committee") String nameEn,
        @NotNull @Schema(examples = "PROVINCIAL") CommitteeLevel level,
        @Size(max = 4000) String mandateTh,
        @Size(max = 4000) String mandateEn,
        @Size(max = 500) @Schema(description = "The order that established the committee") String establishedBy) {
}
