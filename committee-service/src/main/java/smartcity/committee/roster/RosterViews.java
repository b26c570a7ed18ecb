package smartcity.committee.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.person.Person;
import smartcity.committee.roster.RosterEnums.CommitteeLevel;
import smartcity.committee.roster.RosterEnums.CommitteeStatus;
import smartcity.committee.roster.RosterEnums.EndReason;
import smartcity.committee.roster.RosterEnums.SeatBasis;
import smartcity.committee.roster.RosterEnums.SeatRole;
import smartcity.committee.security.StaffOnly;

/** The roster's representations at the API edge. */
public final class RosterViews {

    private RosterViews() {
    }

    @Schema(name = "Committee")
    public record CommitteeView(@Schema(readOnly = true) UUID id, String code, String nameTh, String nameEn,
            CommitteeLevel level, String mandateTh, String mandateEn, String establishedBy,
            @Schema(readOnly = true) CommitteeStatus status, @Schema(readOnly = true) long version,
            @Schema(readOnly = true) Instant createdAt,
            @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String createdBy,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(readOnly = true, description = "The mandate in force on the date asked (`asOf`, today when absent), "
                    + "with its effective date and resolution; `mandateTh` and `mandateEn` repeat it. Absent in lists.")
            MandateView mandate) {

        static CommitteeView from(Committee c) {
            return new CommitteeView(c.id(), c.code(), c.nameTh(), c.nameEn(), c.level(), c.mandateTh(), c.mandateEn(),
                    c.establishedBy(), c.status(), c.version(), c.createdAt(), c.createdBy(), null);
        }

        /** The committee with the mandate in force on a day (none when it had none then). */
        static CommitteeView on(Committee c, CommitteeMandate inForce, LocalDate day) {
            return new CommitteeView(c.id(), c.code(), c.nameTh(), c.nameEn(), c.level(),
                    inForce == null ? null : inForce.mandateTh(), inForce == null ? null : inForce.mandateEn(),
                    c.establishedBy(), c.status(), c.version(), c.createdAt(), c.createdBy(),
                    inForce == null ? null : MandateView.of(inForce));
        }
    }

    @Schema(name = "CommitteeMandate", description = "A committee's mandate (duties) in force from `effectiveDate` until "
            + "the next one's")
    public record MandateView(@Schema(readOnly = true) UUID id, String mandateTh, String mandateEn,
            @Schema(implementation = String.class, format = "date", nullable = true,
                    description = "First day in force; null for the mandate the committee was established with")
            LocalDate effectiveDate,
            @Schema(implementation = String.class, format = "uuid", nullable = true,
                    description = "The resolution that decided it") UUID resolutionId) {

        static MandateView of(CommitteeMandate m) {
            return new MandateView(m.id(), m.mandateTh(), m.mandateEn(), m.effectiveDate(), m.resolutionId());
        }
    }

    @Schema(name = "Seat")
    public record SeatView(@Schema(readOnly = true) UUID id, UUID committeeId, SeatRole role, SeatBasis basis,
            String titleTh, String titleEn, String positionTh,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(description = "The position in English, when the seat names it") String positionEn,
            UUID agencyId, int displayOrder) {

        static SeatView from(Seat s) {
            return new SeatView(s.id(), s.committeeId(), s.role(), s.basis(), s.titleTh(), s.titleEn(), s.positionTh(),
                    s.positionEn(), s.agencyId(), s.displayOrder());
        }
    }

    @Schema(name = "Membership")
    public record MembershipView(@Schema(readOnly = true) UUID id, UUID seatId, String seatTitleTh, UUID committeeId,
            UUID personId, String personNameTh, LocalDate startDate, LocalDate endDate, EndReason endReason, String basis,
            @Schema(nullable = true, description = "Why the committee seated someone whose post did not fit the "
                    + "ex-officio seat; null when it fitted") String exceptionReason) {

        static MembershipView of(Membership m, Seat seat, Person person) {
            return new MembershipView(m.id(), m.seatId(), seat == null ? null : seat.titleTh(),
                    seat == null ? null : seat.committeeId(), m.personId(),
                    person == null ? null : person.honorific() + person.nameTh(), m.startDate(), m.endDate(),
                    m.endReason(), m.basis(), m.exceptionReason());
        }
    }

    @Schema(name = "Holder", description = "Who holds a seat on the roster's date (names and roles only), with the post "
            + "they held on that date")
    public record HolderView(UUID membershipId, UUID personId, String honorific, String nameTh, String nameEn,
            @Schema(description = "The post held on the date") String positionTh,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(description = "The same in English, when recorded") String positionEn,
            LocalDate since, LocalDate until) {

        static HolderView of(Membership m, Person p, smartcity.committee.person.PersonPost post) {
            return new HolderView(m.id(), p.id(), p.honorific(), p.nameTh(), p.nameEn(),
                    post == null ? null : post.positionTh(), post == null ? null : post.positionEn(), m.startDate(),
                    m.endDate());
        }
    }

    @Schema(name = "RosterSeat")
    public record RosterSeat(SeatView seat, @Schema(description = "Absent when the seat is vacant") HolderView holder) {
    }

    @Schema(name = "Roster", description = "A committee's seats and their holders on one date")
    public record RosterView(UUID committeeId, String committeeNameTh, LocalDate asOf, int seats, int filled, int vacant,
            List<RosterSeat> roster) {
    }

    /**
     * Why a seat needs filling. A vacant seat says how its previous membership ended, or that nobody ever held it; a
     * held one whose holder no longer fits says why. New values may be added.
     */
    public enum VacancyReason {
        /** Nobody holds the seat; its previous membership ended for a reason not listed here (e.g. DECEASED, OTHER). */
        NO_HOLDER,
        /** Nobody holds the seat, and nobody held it before. */
        NO_HOLDER_EVER,
        /** Vacant since its holder moved to a post the seat does not fit. */
        TRANSFERRED,
        /** Vacant since its holder retired. */
        RETIRED,
        /** Vacant since its holder resigned. */
        RESIGNED,
        /** Vacant since a restructuring ended the membership. */
        RESTRUCTURED,
        /** Vacant since the membership's term ended (an end date known when it began, or recorded as such). */
        TERM_ENDED,
        /** The holder no longer holds the position (or agency) the ex-officio seat requires, e.g. moved elsewhere. */
        POSITION_NO_LONGER_HELD,
        /** The ex-officio seat's agency has been dissolved or merged (as agency-service's change feed reported). */
        AGENCY_NO_LONGER_ACTIVE
    }

    @Schema(name = "TransferResult", description = "The person after the transfer, and the memberships it ended")
    public record TransferView(UUID personId, String positionTh, UUID agencyId,
            @Schema(description = "The new post's id (in the person's `posts`)") UUID postId, List<MembershipView> ended) {
    }

    @Schema(name = "RestructuringResult", description = "The roster on the effective date before and after the restructuring")
    public record RestructuringView(@Schema(description = "True when nothing was written") boolean dryRun, LocalDate effectiveDate,
            RosterView before, RosterView after) {
    }

    @Schema(name = "Vacancy", description = "A seat to fill on the date, and why")
    public record VacancyView(SeatView seat, VacancyReason reason,
            @Schema(description = "LAPSED: who holds the seat, with their post on the date; null when nobody does")
            HolderView holder,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(description = "Vacant after someone held it: who held it last (public fields), with the post they held "
                    + "on their last day in it") VacancyPeriod.PreviousHolder previousHolder,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(implementation = String.class, format = "date", description = "The first day the seat needed filling; "
                    + "absent when it has since it began") LocalDate vacantSince,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(description = "What made the seat need filling, when recorded") VacancyPeriod.Cause cause) {
    }
}
