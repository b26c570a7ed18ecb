package smartcity.committee.resolution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resolution's follow-up as a whole: a PUT replaces every field, so a field left out is cleared. */
@Schema(name = "ResolutionFollowUp", description = "Where carrying a resolution out stands")
public record FollowUpDetails(
        @NotNull @Schema(description = "Any status may follow any other; the committee decides", examples = "DONE")
        Resolution.FollowUp followUp,
        @Schema(description = "The agency that sees to it (an agency-service id), confirmed with agency-service")
        UUID responsibleAgencyId,
        @Schema(description = "By when it should be done", examples = "2022-09-30") LocalDate dueOn,
        @Schema(description = "The day it was done: required when followUp is DONE, not before the meeting that resolved "
                + "it; empty for any other status", examples = "2022-07-01") LocalDate doneOn,
        @Size(max = 2000) @Schema(examples = "ปรับโครงสร้างคณะกรรมการแล้ว มีผลตั้งแต่วันที่ 1 กรกฎาคม 2565") String noteTh,
        @Size(max = 2000) @Schema(examples = "The committee was restructured with effect from 1 July 2022") String noteEn) {
}
