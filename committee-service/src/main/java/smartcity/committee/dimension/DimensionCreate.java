package smartcity.committee.dimension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DimensionCreate", description = "A new dimension of the smart-city framework")
public record DimensionCreate(
        @NotBlank
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be 2 to 40 upper-case letters, digits or underscores, starting with a letter")
        @Schema(description = "Unique business code", maxLength = 40, examples = "TRADE_INVESTMENT")
        String code,
        @NotBlank @Size(max = 200) @Schema(examples = "ด้านการค้าและการลงทุนอัจฉริยะ") String nameTh,
        @NotBlank @Size(max = 200) @Schema(examples = "Smart Trade and Investment") String nameEn,
        @Size(max = 2000) @Schema(examples = "ขับเคลื่อนเมืองอัจฉริยะด้านการค้าและการลงทุน") String descriptionTh,
        @Size(max = 2000) @Schema(examples = "The trade-and-investment push proposed by the committee on 6 June 2022.") String descriptionEn,
        @Positive @Schema(description = "Position in the framework; after the last dimension when absent", examples = "8") Integer displayOrder,
        @Schema(description = "The resolution that introduced the dimension") java.util.UUID resolutionId) {
}
