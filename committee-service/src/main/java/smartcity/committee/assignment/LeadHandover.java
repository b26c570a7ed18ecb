package smartcity.committee.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dimension's lead handed from one agency to another from a date, as one change. {@code fromAgencyId} names the lead
 * the caller saw: when someone else has handed the lead over meanwhile, it no longer is, and the request is refused.
 */
@Schema(name = "LeadHandover", description = "Hand a dimension's lead from one agency to another from a date")
public record LeadHandover(
        @NotNull @Schema(description = "The agency that leads on `effectiveDate` and hands over (an agency-service id)")
        UUID fromAgencyId,
        @NotNull @Schema(description = "The agency that leads from `effectiveDate` (an agency-service id), confirmed with "
                + "agency-service") UUID toAgencyId,
        @NotNull @Schema(description = "The new lead's first day; the old lead's last is the day before",
                examples = "2023-10-01") LocalDate effectiveDate,
        @Schema(description = "Keep the old lead on as a supporting agency from `effectiveDate`; false when absent",
                examples = "true") Boolean keepPreviousAsSupporting,
        @Pattern(regexp = "[RACI]{1,4}", message = "must be letters of R, A, C, I")
        @Schema(description = "The new lead's RACI letters, where the committee uses them", maxLength = 4, examples = "A")
        String raci,
        @Size(max = 500) @Schema(examples = "มติที่ประชุมคณะกรรมการ ครั้งที่ 2/2566") String basis,
        @Schema(description = "The resolution that decided the hand-over") UUID resolutionId) {

    boolean keepsPreviousAsSupporting() {
        return Boolean.TRUE.equals(keepPreviousAsSupporting);
    }
}
