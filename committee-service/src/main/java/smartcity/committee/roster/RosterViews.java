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
            @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String createdBy) {

        static CommitteeView from(Committee c) {
            return new CommitteeView(c.id(), c.code(), c.nameTh(), c.nameEn(), c.level(), c.mandateTh(), c.mandateEn(),
                    c.establishedBy(), c.status(), c.version(), c.createdAt(), c.createdBy());
        }
    }

    @Schema(name = "Seat")
    public record SeatView(@Schema(readOnly = true) UUID id, UUID committeeId, SeatRole role, SeatBasis basis,
            String titleTh, String titleEn, String positionTh, UUID agencyId, int displayOrder) {

        static SeatView from(Seat s) {
            return new SeatView(s.id(), s.committeeId(), s.role(), s.basis(), s.titleTh(), s.titleEn(), s.positionTh(),
                    s.agencyId(), s.displayOrder());
        }
    }

    @Schema(name = "Membership")
    public record MembershipView(@Schema(readOnly = true) UUID id, UUID seatId, String seatTitleTh, UUID committeeId,
            UUID personId, String personNameTh, LocalDate startDate, LocalDate endDate, EndReason endReason, String basis) {

        static MembershipView of(Membership m, Seat seat, Person person) {
            return new MembershipView(m.id(), m.seatId(), seat == null ? null : seat.titleTh(),
                    seat == null ? null : seat.committeeId(), m.personId(),
                    person == null ? null : person.honorific() + person.nameTh(), m.startDate(), m.endDate(),
                    m.endReason(), m.basis());
        }
    }

    @Schema(name = "Holder", description = "Who holds a seat on the roster's date (names and roles only)")
    public record HolderView(UUID membershipId, UUID personId, String honorific, String nameTh, String nameEn,
            String positionTh, LocalDate since, LocalDate until) {

        static HolderView of(Membership m, Person p) {
            return new HolderView(m.id(), p.id(), p.honorific(), p.nameTh(), p.nameEn(), p.positionTh(), m.startDate(),
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

    public enum VacancyReason {
        /** Nobody holds the seat on the date. */
        NO_HOLDER,
        /** The holder no longer holds the position (or agency) the ex-officio seat requires, e.g. moved elsewhere. */
        POSITION_NO_LONGER_HELD,
        /** The ex-officio seat's agency has been dissolved or merged (as agency-service's change feed reported). */
        AGENCY_NO_LONGER_ACTIVE
    }

    @Schema(name = "TransferResult", description = "The person after the transfer, and the memberships it ended")
    public record TransferView(UUID personId, String positionTh, UUID agencyId, List<MembershipView> ended) {
    }

    @Schema(name = "RestructuringResult", description = "The roster on the effective date before and after the restructuring")
    public record RestructuringView(@Schema(description = "True when nothing was written") boolean dryRun, LocalDate effectiveDate,
            RosterView before, RosterView after) {
    }

    @Schema(name = "Vacancy")
    public record VacancyView(SeatView seat, VacancyReason reason, HolderView holder) {
    }
}
