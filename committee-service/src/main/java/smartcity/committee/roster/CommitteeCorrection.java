package smartcity.committee.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.roster.RosterEnums.CommitteeLevel;

/**
 * What a correction of a committee may change (a merge patch of these fields): its code, names, level and the order
 * that established it. Its mandate changes by amendment, from a date, and its status by its lifecycle.
 */
@Schema(name = "CommitteeCorrection", description = "A committee's correctable fields, sent as a JSON merge patch (RFC 7396)")
public record CommitteeCorrection(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be 2 to 40 upper-case letters, digits, hyphens or underscores")
        @Schema(maxLength = 40, examples = "CM-SMART-CITY") String code,
        @NotBlank @Size(max = 300) @Schema(examples = "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) จังหวัดเชียงใหม่") String nameTh,
        @Size(max = 300) @Schema(examples = "Chiang Mai Smart City Development Committee") String nameEn,
        @NotNull @Schema(examples = "PROVINCIAL") CommitteeLevel level,
        @Size(max = 500) @Schema(description = "The order that established the committee") String establishedBy) {

    /** The document a client sends: any of the fields, none required (the corrected whole must keep the rules). */
    @Schema(name = "CommitteePatch", description = "A JSON merge patch of a committee: any correctable field; null clears it")
    public record Patch(@Schema(maxLength = 40, examples = "CM-SMART-CITY") String code,
            @Schema(maxLength = 300) String nameTh,
            @Schema(maxLength = 300, examples = "Chiang Mai Smart City Development Committee") String nameEn,
            CommitteeLevel level,
            @Schema(maxLength = 500) String establishedBy) {
    }

    static CommitteeCorrection of(Committee c) {
        return new CommitteeCorrection(c.code(), c.nameTh(), c.nameEn(), c.level(), c.establishedBy());
    }
}
