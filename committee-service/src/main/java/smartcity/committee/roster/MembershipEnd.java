package smartcity.committee.roster;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.roster.RosterEnums.EndReason;

@Schema(name = "MembershipEnd", description = "The end of a membership: the last day held and why")
public record MembershipEnd(
        @NotNull @Schema(examples = "2022-05-31") LocalDate endDate,
        @NotNull @Schema(examples = "TRANSFERRED") EndReason reason) {
}
