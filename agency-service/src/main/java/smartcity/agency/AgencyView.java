package smartcity.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.agency.security.StaffOnly;

@Schema(name = "Agency", description = "An agency in the provincial registry")
public record AgencyView(
        @Schema(readOnly = true) UUID id,
        @Schema(examples = "CM-PEO") String code,
        @Schema(examples = "สำนักงานพลังงานจังหวัดเชียงใหม่") String nameTh,
        @Schema(examples = "Chiang Mai Provincial Energy Office") String nameEn,
        String abbreviation,
        AgencyType type,
        LocalAdministrationKind localKind,
        String dlaCode,
        UUID parentId,
        @Schema(examples = "5001") String district,
        String address,
        String phone,
        String email,
        String website,
        @Schema(readOnly = true, description = "Changed only by the lifecycle operations") AgencyStatus status,
        @Schema(readOnly = true, description = "When the agency was merged or dissolved") LocalDate statusSince,
        @Schema(readOnly = true, description = "For a merged agency: the agency that absorbed it") UUID mergedIntoId,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String createdBy,
        @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String updatedBy) {

    public static AgencyView from(Agency agency) {
        return new AgencyView(agency.id(), agency.code(), agency.nameTh(), agency.nameEn(), agency.abbreviation(),
                agency.type(), agency.localKind(), agency.dlaCode(), agency.parentId(), agency.district(),
                agency.address(), agency.phone(), agency.email(), agency.website(), agency.status(),
                agency.statusSince(), agency.mergedIntoId(), agency.version(), agency.createdAt(), agency.updatedAt(),
                agency.createdBy(), agency.updatedBy());
    }
}
