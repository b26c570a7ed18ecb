package smartcity.committee.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonDetails", description = "The fields of a person a client sets")
public record PersonDetails(
        @NotBlank @Size(max = 40) @Schema(description = "นาย, นาง, นางสาว, ดร., ...", examples = "นาย") String honorific,
        @NotBlank @Size(max = 200) @Schema(examples = "สมชาย ใจดี") String nameTh,
        @Size(max = 200) @Schema(examples = "Somchai Jaidee") String nameEn,
        @Size(max = 300) @Schema(examples = "รองผู้ว่าราชการจังหวัดเชียงใหม่") String positionTh,
        @Size(max = 300) @Schema(examples = "Deputy Governor of Chiang Mai") String positionEn,
        @Schema(description = "The agency the person works for (an agency-service id)") UUID agencyId,
        @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,38}", message = "must be a telephone number: digits, spaces, hyphens, brackets, an optional leading +")
        @Schema(description = "Personal: shown to the secretariat and admins only", examples = "081 234 5678")
        String phone,
        @Size(max = 254) @Email @Schema(description = "Personal: shown to the secretariat and admins only") String email) {
}
