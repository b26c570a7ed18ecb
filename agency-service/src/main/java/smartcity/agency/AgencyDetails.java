package smartcity.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything about an agency that a client controls: the body of a create (POST) and of a full replacement (PUT), and
 * what a merge patch is applied to. Server-owned fields (id, status, version, timestamps) are not here; sending them is
 * a 400.
 */
@ConsistentAgencyDetails
@Schema(name = "AgencyDetails", description = "The fields of an agency a client sets")
public record AgencyDetails(
        @NotBlank
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be 2 to 40 upper-case letters, digits, hyphens or underscores")
        @Schema(description = "Unique business code", maxLength = 40, examples = "CM-PEO")
        String code,
        @NotBlank @Size(max = 300) @Schema(examples = "สำนักงานพลังงานจังหวัดเชียงใหม่") String nameTh,
        @Size(max = 300) @Schema(examples = "Chiang Mai Provincial Energy Office") String nameEn,
        @Size(max = 40) @Schema(examples = "พน.ชม.") String abbreviation,
        @NotNull @Schema(examples = "PROVINCIAL_GOVERNMENT") AgencyType type,
        @Schema(description = "Required for, and only for, local administrative organisations") LocalAdministrationKind localKind,
        @Pattern(regexp = "[0-9]{5,10}", message = "must be the Department of Local Administration's numeric code")
        @Schema(description = "The Department of Local Administration's code, for local administrative organisations", maxLength = 10)
        String dlaCode,
        @Schema(description = "The agency above this one (ministry, department, provincial office)") UUID parentId,
        @Pattern(regexp = "50[0-9]{2}", message = "must be the geocode of a Chiang Mai district (50xx)")
        @Schema(description = "TIS 1099 geocode of the district, see GET /districts", maxLength = 4, examples = "5001")
        String district,
        @Size(max = 500) @Schema(examples = "ศาลากลางจังหวัดเชียงใหม่ ถนนโชตนา ตำบลช้างเผือก อำเภอเมืองเชียงใหม่") String address,
        @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,38}", message = "must be a telephone number: digits, spaces, hyphens, brackets, an optional leading +")
        @Schema(examples = "053 112 345")
        String phone,
        @Size(max = 254) @Email @Schema(examples = "energy@chiangmai.go.th") String email,
        @Size(max = 500)
        @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http or https URL")
        @Schema(examples = "https://www.chiangmai.go.th")
        String website) {

    /** The same details with another parent. */
    public AgencyDetails withParent(UUID parent) {
        return new AgencyDetails(code, nameTh, nameEn, abbreviation, type, localKind, dlaCode, parent, district, address,
                phone, email, website);
    }

    /** The same details as stored: text stripped, blank optional fields absent. */
    AgencyDetails normalized() {
        return new AgencyDetails(code, nameTh == null ? null : nameTh.strip(), blankToNull(nameEn), blankToNull(abbreviation),
                type, localKind, blankToNull(dlaCode), parentId, blankToNull(district), blankToNull(address),
                blankToNull(phone), blankToNull(email), blankToNull(website));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
