package smartcity.committee.assignment;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a correction of an assignment may change: the RACI letters, the basis and the resolution it cites (an
 * assignment made on the secretariat's word can be re-linked to the resolution that later confirmed it). Who is
 * responsible for what, as lead or supporter, and when, are not corrections: they change by ending an assignment and
 * making another, or by a lead hand-over, under the one-lead rule.
 */
@Schema(name = "AssignmentCorrection", description = "The correctable fields of an assignment, as a JSON merge patch "
        + "(RFC 7396) sets them: a member present replaces the field, null clears it")
public record AssignmentCorrection(
        @Pattern(regexp = "[RACI]{1,4}", message = "must be letters of R, A, C, I")
        @Schema(description = "RACI letters, where the committee uses them", maxLength = 4, examples = "A") String raci,
        @Size(max = 500) @Schema(examples = "มติที่ประชุมคณะกรรมการ 6 มิถุนายน 2565") String basis,
        @Schema(description = "The resolution that made or confirmed the assignment") UUID resolutionId) {

    static AssignmentCorrection of(Assignment assignment) {
        return new AssignmentCorrection(assignment.raci(), assignment.basis(), assignment.resolutionId());
    }
}
