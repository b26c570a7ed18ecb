package smartcity.committee.roster;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a correction of a seat may change (a merge patch of these fields): its titles, the text of its position and its
 * place in the order. Its role, basis and agency, and its lifetime, are changed by a restructuring.
 */
@Schema(name = "SeatCorrection", description = "A seat's correctable fields, sent as a JSON merge patch (RFC 7396)")
public record SeatCorrection(
        @NotBlank @Size(max = 300) @Schema(examples = "กรรมการ") String titleTh,
        @Size(max = 300) @Schema(examples = "Member") String titleEn,
        @Size(max = 300) @Schema(description = "Ex-officio seats only", examples = "พลังงานจังหวัดเชียงใหม่") String positionTh,
        @Size(max = 300) @Schema(description = "Ex-officio seats only", examples = "Chiang Mai Provincial Energy Officer")
        String positionEn,
        @Min(1) @Schema(format = "int32", examples = "7") int displayOrder) {

    /** The document a client sends: any of the fields, none required (the corrected whole must keep the rules). */
    @Schema(name = "SeatPatch", description = "A JSON merge patch of a seat: any correctable field; null clears it")
    public record Patch(@Schema(maxLength = 300, examples = "กรรมการ") String titleTh,
            @Schema(maxLength = 300, examples = "Member") String titleEn,
            @Schema(maxLength = 300) String positionTh,
            @Schema(maxLength = 300) String positionEn,
            @Schema(format = "int32", minimum = "1") Integer displayOrder) {
    }

    static SeatCorrection of(Seat s) {
        return new SeatCorrection(s.titleTh(), s.titleEn(), s.positionTh(), s.positionEn(), s.displayOrder());
    }
}
