package smartcity.committee.dimension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a correction of a dimension may change: its names, its description and its place in the framework. The code
 * (what other systems key their copies on), whether it is active and the resolutions that introduced or retired it
 * are not here: retiring has its own action.
 *
 * <p>{@code required = false} in the schema: no member of a merge patch is required; the rules apply to the merged
 * whole, where they are checked.
 */
@Schema(name = "DimensionCorrection", description = "The correctable fields of a dimension, as a JSON merge patch "
        + "(RFC 7396) sets them: a member present replaces the field, null clears an optional one")
public record DimensionCorrection(
        @NotBlank @Size(max = 200) @Schema(required = false, examples = "ด้านพลังงานอัจฉริยะ") String nameTh,
        @NotBlank @Size(max = 200) @Schema(required = false, examples = "Smart Energy") String nameEn,
        @Size(max = 2000) String descriptionTh,
        @Size(max = 2000) String descriptionEn,
        @NotNull @Positive @Schema(required = false, description = "Position in the framework", examples = "3", format = "int32")
        Integer displayOrder) {

    static DimensionCorrection of(Dimension dimension) {
        return new DimensionCorrection(dimension.nameTh(), dimension.nameEn(), dimension.descriptionTh(),
                dimension.descriptionEn(), dimension.displayOrder());
    }
}
