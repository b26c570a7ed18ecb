package smartcity.committee.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import smartcity.committee.roster.RosterEnums.SeatBasis;
import smartcity.committee.roster.RosterEnums.SeatRole;
import smartcity.committee.roster.RosterViews.VacancyReason;
import smartcity.committee.roster.VacancyPeriod.Status;

/** A seat's vacancy periods, as {@link SeatVacancies#periods} derives them from its lifetime and memberships. */
class SeatVacancyPeriodsTest {

    private static final UUID COMMITTEE = UUID.randomUUID();
    private static final SeatDetails ENERGY = new SeatDetails(SeatRole.MEMBER, SeatBasis.EX_OFFICIO, "กรรมการ", "Member",
            "พลังงานจังหวัดเชียงใหม่", null, null);

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static Membership held(Seat seat, String from, String to) {
        return Membership.begin(seat.id(), UUID.randomUUID(), d(from), to == null ? null : d(to), null, null, "test");
    }

    /** Vacant, nobody having held the seat before. */
    private static VacancyPeriod vacant(LocalDate from, LocalDate to) {
        return new VacancyPeriod(from, to, Status.VACANT, VacancyReason.NO_HOLDER_EVER, null, null, null, from, null);
    }

    /** Vacant after a membership whose end date was known when it began: its term ended. */
    private static VacancyPeriod vacantAfterTerm(LocalDate from, LocalDate to, Membership before) {
        return new VacancyPeriod(from, to, Status.VACANT, VacancyReason.TERM_ENDED, null, null, null, from,
                new VacancyPeriod.Cause(RosterEnums.CauseKind.MEMBERSHIP_END, before.id()));
    }

    @Test
    void aSeatNobodyEverHeldIsVacantOnEveryDay() {
        Seat seat = Seat.create(COMMITTEE, ENERGY, 1, "test");
        assertEquals(List.of(vacant(null, null)), SeatVacancies.periods(seat, List.of(), m -> null));
    }

    @Test
    void aMemberWhoMovedLeavesALapsedPeriodBetweenVacantOnes() {
        Seat seat = Seat.create(COMMITTEE, ENERGY, 1, "test");
        Membership moved = held(seat, "2020-10-01", "2022-05-31");
        List<VacancyPeriod> periods = SeatVacancies.periods(seat, List.of(moved),
                m -> VacancyReason.POSITION_NO_LONGER_HELD);
        assertEquals(List.of(vacant(null, d("2020-09-30")),
                new VacancyPeriod(d("2020-10-01"), d("2022-05-31"), Status.LAPSED, VacancyReason.POSITION_NO_LONGER_HELD,
                        moved.id(), moved.personId(), null, d("2020-10-01"), null),
                vacantAfterTerm(d("2022-06-01"), null, moved)), periods);
    }

    @Test
    void consecutiveHoldersLeaveNoGapAndAnOpenEndedOneClosesTheList() {
        Seat seat = Seat.create(COMMITTEE, ENERGY, 1, "test");
        Membership first = held(seat, "2020-10-01", "2022-06-30");
        Membership second = held(seat, "2022-07-01", null);
        List<VacancyPeriod> periods = SeatVacancies.periods(seat, List.of(second, first), m -> null);
        assertEquals(List.of(vacant(null, d("2020-09-30")),
                new VacancyPeriod(d("2020-10-01"), d("2022-06-30"), Status.HELD, null, first.id(), first.personId()),
                new VacancyPeriod(d("2022-07-01"), null, Status.HELD, null, second.id(), second.personId())), periods);
    }

    @Test
    void periodsStayWithinTheSeatsLifetime() {
        Seat seat = Seat.establish(COMMITTEE, ENERGY, 1, d("2022-07-01"), "test");
        seat.abolish(d("2023-01-01"), "test");
        Membership holder = held(seat, "2022-08-01", null);
        List<VacancyPeriod> periods = SeatVacancies.periods(seat, List.of(holder), m -> null);
        assertEquals(List.of(vacant(d("2022-07-01"), d("2022-07-31")),
                new VacancyPeriod(d("2022-08-01"), d("2022-12-31"), Status.HELD, null, holder.id(), holder.personId())),
                periods);
    }

    @Test
    void aSeatAbolishedBeforeAnyoneHeldItIsVacantUntilItsLastDay() {
        Seat seat = Seat.create(COMMITTEE, ENERGY, 1, "test");
        seat.abolish(d("2022-07-01"), "test");
        assertEquals(List.of(vacant(null, d("2022-06-30"))), SeatVacancies.periods(seat, List.of(), m -> null));
    }
}
