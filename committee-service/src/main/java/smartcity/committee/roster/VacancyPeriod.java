package smartcity.committee.roster;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.roster.RosterViews.VacancyReason;

/**
 * A stretch of days over which a seat stands the same way: held by someone who fits it, vacant, or held by someone who
 * no longer fits it. Together a seat's periods cover every day it exists, without overlap; on any day the seat has at
 * most one, and {@code GET /committees/{id}/vacancies?asOf=} lists exactly the seats whose period on that day is not
 * {@code HELD}, with the period's reason.
 *
 * @param from first day, or null when the seat exists from the start (a seat the committee has always had)
 * @param to last day, included; null while open-ended
 */
@Schema(name = "VacancyPeriod", description = "Days over which a seat stands the same way: from `from` to `to`, both "
        + "included, null for no bound")
public record VacancyPeriod(
        @Schema(implementation = String.class, format = "date", nullable = true,
                description = "First day; null when the seat has existed from the start", examples = "2022-06-06")
        LocalDate from,
        @Schema(implementation = String.class, format = "date", nullable = true,
                description = "Last day, included; null while open-ended", examples = "2022-06-30")
        LocalDate to,
        @Schema(examples = "LAPSED") Status status,
        @Schema(nullable = true, description = "Why the seat needs filling: NO_HOLDER when VACANT, the lapse when LAPSED, "
                + "null when HELD", examples = "POSITION_NO_LONGER_HELD") VacancyReason reason,
        @Schema(implementation = String.class, format = "uuid", nullable = true,
                description = "The membership holding the seat; null when VACANT") UUID membershipId,
        @Schema(implementation = String.class, format = "uuid", nullable = true,
                description = "Its holder; null when VACANT") UUID personId) {

    /** How the seat stands over the period. */
    public enum Status {
        /** Held by someone who fits the seat. */
        HELD,
        /** Nobody holds it (reason NO_HOLDER). */
        VACANT,
        /** Held by a member whose ex-officio basis lapsed (reason POSITION_NO_LONGER_HELD or AGENCY_NO_LONGER_ACTIVE). */
        LAPSED
    }

    /** Whether the day falls in the period. */
    public boolean covers(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
