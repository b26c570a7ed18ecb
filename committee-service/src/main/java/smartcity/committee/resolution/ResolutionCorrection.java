package smartcity.committee.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a correction of a resolution may change: its kind and its text. The meeting, the number and the follow-up are
 * not here (the follow-up has its own PUT), so a patch naming them is refused.
 *
 * <p>{@code required = false} in the schema: no member of a merge patch is required; the rules apply to the merged
 * whole, where they are checked.
 */
@Schema(name = "ResolutionCorrection", description = "The correctable fields of a resolution, as a JSON merge patch "
        + "(RFC 7396) sets them: a member present replaces the field, null clears an optional one")
public record ResolutionCorrection(
        @NotNull @Schema(required = false, examples = "FRAMEWORK_CHANGE") Resolution.Kind kind,
        @NotBlank @Size(max = 4000) @Schema(required = false, examples = "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน") String textTh,
        @Size(max = 4000) @Schema(examples = "A new push on trade and investment in the smart-city programme") String textEn) {

    public static ResolutionCorrection of(Resolution resolution) {
        return new ResolutionCorrection(resolution.kind(), resolution.textTh(), resolution.textEn());
    }
}
