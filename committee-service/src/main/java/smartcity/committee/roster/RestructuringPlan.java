package smartcity.committee.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import smartcity.committee.api.InvalidField;
import smartcity.committee.roster.RosterEnums.CauseKind;
import smartcity.committee.roster.RosterEnums.EndReason;

/**
 * What a restructuring does to a committee, built from the request and the committee's seats as they are: the seats it
 * adds (existing from the effective date), the seats it abolishes with the memberships that end with them, the
 * memberships it ends by name (both the day before, as RESTRUCTURED), and whom it seats where. Building it checks
 * every reference and rule of the request and changes the seats and memberships it ends; it reads nothing itself; the
 * caller hands it the committee's seats (locked), their memberships, persists the new seats and seats the people
 * (where a seat's one-holder rule is checked).
 */
final class RestructuringPlan {

    /** A person to seat from the effective date, in a seat the committee has or the restructuring adds. */
    record Seating(Seat seat, UUID personId, String reason) {
    }

    private final List<Seat> added;
    private final List<Seating> seatings;

    private RestructuringPlan(List<Seat> added, List<Seating> seatings) {
        this.added = added;
        this.seatings = seatings;
    }

    /** The rule of the request alone, checked before anything is read or asked: each new seat's key is used once. */
    static void checkKeys(Restructuring change) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < change.seatsToAdd().size(); i++) {
            if (!keys.add(change.seatsToAdd().get(i).key())) {
                throw new InvalidField("addSeats[" + i + "].key", "is used twice");
            }
        }
    }

    /**
     * @param seats the committee's seats, all of them, as they are now
     * @param nextDisplayOrder where the first new seat goes
     * @param membershipsOfSeat who held a seat, or holds it
     * @param membershipOfCommittee one of the committee's memberships by id (a 404 problem for any other)
     */
    static RestructuringPlan of(UUID committeeId, Restructuring change, List<Seat> seats, int nextDisplayOrder,
            Function<UUID, List<Membership>> membershipsOfSeat, Function<UUID, Membership> membershipOfCommittee,
            String actor) {
        checkKeys(change);
        LocalDate from = change.effectiveDate();
        Map<String, Seat> added = new LinkedHashMap<>();
        int order = nextDisplayOrder;
        for (Restructuring.NewSeat seat : change.seatsToAdd()) {
            added.put(seat.key(), Seat.establish(committeeId, seat.seat(), order++, from, actor));
        }
        for (UUID id : change.seatsToAbolish()) {
            Seat seat = find(seats, id)
                    .orElseThrow(() -> new InvalidField("abolishSeats", "this committee has no seat " + id));
            seat.abolish(from, actor);
            membershipsOfSeat.apply(seat.id()).stream()
                    .filter(m -> m.endDate() == null || !m.endDate().isBefore(from))
                    .forEach(m -> m.endEarly(from.minusDays(1), EndReason.RESTRUCTURED, CauseKind.RESOLUTION,
                            change.resolutionId(), actor));
        }
        for (UUID id : change.membershipsToEnd()) {
            Membership membership = membershipOfCommittee.apply(id);
            if (membership.endDate() != null && membership.endDate().isBefore(from)) {
                throw new RosterProblems.MembershipAlreadyEnded(membership.endDate());
            }
            membership.endEarly(from.minusDays(1), EndReason.RESTRUCTURED, CauseKind.RESOLUTION, change.resolutionId(),
                    actor);
        }
        List<Seating> seatings = new ArrayList<>();
        for (int i = 0; i < change.seatings().size(); i++) {
            Restructuring.Appointment appointment = change.seatings().get(i);
            Seat seat = appointment.seatKey() != null ? added.get(appointment.seatKey())
                    : find(seats, appointment.seatId()).orElse(null);
            if (seat == null || !seat.existsOn(from)) {
                throw new InvalidField("appointments[" + i + "]", "names no seat of this committee that exists on " + from);
            }
            seatings.add(new Seating(seat, appointment.personId(), appointment.reason()));
        }
        return new RestructuringPlan(List.copyOf(added.values()), List.copyOf(seatings));
    }

    /** The new seats, in display order, not yet persisted. */
    List<Seat> added() {
        return added;
    }

    /** The people to seat, in the request's order. */
    List<Seating> seatings() {
        return seatings;
    }

    private static Optional<Seat> find(List<Seat> seats, UUID id) {
        return seats.stream().filter(seat -> seat.id().equals(id)).findFirst();
    }
}
