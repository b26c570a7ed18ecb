package smartcity.committee.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.roster.RosterEnums.CauseKind;
import smartcity.committee.roster.RosterViews.VacancyReason;

/**
 * A stretch of days over which a seat stands the same way: held by someone whose post on those days fits it, vacant,
 * or held by someone whose post on those days does not fit it. Together a seat's periods cover every day it exists,
 * without overlap; on any day the seat has at most one, and {@code GET /committees/{id}/vacancies?asOf=} lists exactly
 * the seats whose period on that day is not {@code HELD}, with the period's reason, previous holder, since when and
 * cause. Every judgement reads the post the holder held on the day judged, so recording a move never changes the
 * periods before it.
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
        @Schema(examples = "VACANT") Status status,
        @Schema(nullable = true, description = "Why the seat needs filling, null when HELD. VACANT: how the previous "
                + "membership ended (TRANSFERRED, RETIRED, RESIGNED, RESTRUCTURED, TERM_ENDED; NO_HOLDER for any other "
                + "end) or NO_HOLDER_EVER when nobody held the seat before. LAPSED: POSITION_NO_LONGER_HELD or "
                + "AGENCY_NO_LONGER_ACTIVE. Expect new values to be added.", examples = "TRANSFERRED") VacancyReason reason,
        @Schema(implementation = String.class, format = "uuid", nullable = true,
                description = "The membership holding the seat; null when VACANT") UUID membershipId,
        @Schema(implementation = String.class, format = "uuid", nullable = true,
                description = "Its holder; null when VACANT") UUID personId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "VACANT after someone held the seat: who held it last, with the post held on "
                + "their last day; absent otherwise") PreviousHolder previousHolder,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(implementation = String.class, format = "date", nullable = true,
                description = "VACANT or LAPSED: the first day the seat needed filling (the period's `from`); absent when "
                        + "HELD or when the seat has needed filling since it began without a first day", examples = "2022-06-01")
        LocalDate vacantSince,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "What made the seat need filling, when recorded: the transfer (its new "
                + "post's id), the resolution of a restructuring (its id, null when the restructuring cited none) or the "
                + "membership's own end (its id); absent when HELD, never held, or unknown") Cause cause) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public VacancyPeriod {
        // the canonical constructor is the one Jackson reads stored periods with
    }

    /** A period without the explanation fields (a HELD period, or one judged without them). */
    public VacancyPeriod(LocalDate from, LocalDate to, Status status, VacancyReason reason, UUID membershipId,
            UUID personId) {
        this(from, to, status, reason, membershipId, personId, null, null, null);
    }

    /** How the seat stands over the period. */
    public enum Status {
        /** Held by someone who fits the seat. */
        HELD,
        /** Nobody holds it (reason: why the previous membership ended, or NO_HOLDER_EVER). */
        VACANT,
        /** Held by a member whose ex-officio basis lapsed (reason POSITION_NO_LONGER_HELD or AGENCY_NO_LONGER_ACTIVE). */
        LAPSED
    }

    /** Who held a vacant seat last: public fields only, their post as it was on their last day in the seat. */
    @Schema(name = "PreviousHolder", description = "Who held the seat last (public fields only), with the post held on "
            + "their last day in it")
    public record PreviousHolder(
            @Schema(implementation = String.class, format = "uuid") UUID personId,
            @Schema(examples = "นาย") String honorificTh,
            @Schema(examples = "สมชาย ใจดี") String nameTh,
            @Schema(nullable = true, examples = "Somchai Jaidee") String nameEn,
            @Schema(nullable = true, examples = "พลังงานจังหวัดเชียงใหม่") String positionTh,
            @Schema(nullable = true, examples = "Chiang Mai Provincial Energy Officer") String positionEn) {
    }

    /** What made a seat need filling: a transfer, a restructuring's resolution, or the membership's own end. */
    @Schema(name = "VacancyCause", description = "What made the seat need filling")
    public record Cause(
            @Schema(examples = "TRANSFER") CauseKind kind,
            @Schema(implementation = String.class, format = "uuid", nullable = true, description = "TRANSFER: the new "
                    + "post's id (see the person's posts); RESOLUTION: the resolution's id, null when none was cited; "
                    + "MEMBERSHIP_END: the membership's id") UUID id) {
    }

    /** Whether the day falls in the period. */
    public boolean covers(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
