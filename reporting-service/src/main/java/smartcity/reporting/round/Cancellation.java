package smartcity.reporting.round;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SurveyRoundCancellation", description = "Cancel a planned survey round; the reason is optional")
public record Cancellation(
        @Size(max = 500) @Schema(description = "Why the round is called off", maxLength = 500,
                examples = "รวมกับรอบสำรวจประจำปี / Merged into the annual round") String reason) {
}
