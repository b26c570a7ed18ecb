package smartcity.committee.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.agency.AgencyCopyChanged;
import smartcity.committee.person.Person;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.roster.RosterViews.VacancyReason;
import smartcity.committee.roster.VacancyPeriod.Status;

/**
 * The one place of the rule "the holder no longer fits the seat", and the seats' {@link SeatVacancy} conclusions kept
 * current with it. A write that can change a seat's conclusion calls {@link #refresh} for it in its own transaction,
 * after its changes are flushed; the conclusion is rewritten only when it differs, so the feed carries a SEAT_VACANCY
 * item exactly when the conclusion changed.
 */
@ApplicationScoped
public class SeatVacancies implements PanacheRepositoryBase<SeatVacancy, UUID> {

    private final SeatRepository seats;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final AgencyDirectory agencies;

    SeatVacancies(SeatRepository seats, MembershipRepository memberships, PersonRepository people,
            AgencyDirectory agencies) {
        this.seats = seats;
        this.memberships = memberships;
        this.people = people;
        this.agencies = agencies;
    }

    /**
     * Why a held seat needs filling, or null when its holder fits it: the ex-officio seat's agency is no longer active
     * (as agency-service's feed reported), or the holder, as they are now, no longer holds the position it requires.
     */
    VacancyReason lapse(Seat seat, Person holder) {
        boolean agencyGone = seat.agencyId() != null && agencies.known(seat.agencyId())
                .map(copy -> !"ACTIVE".equals(copy.status())).orElse(false);
        if (agencyGone) {
            return VacancyReason.AGENCY_NO_LONGER_ACTIVE;
        }
        if (holder != null && !seat.fits(holder.positionTh(), holder.agencyId())) {
            return VacancyReason.POSITION_NO_LONGER_HELD;
        }
        return null;
    }

    /** Recomputes the conclusions of these seats, in the caller's transaction. */
    void refresh(Collection<Seat> changed, String actor) {
        if (changed.isEmpty()) {
            return;
        }
        List<Membership> all = memberships.ofSeats(changed.stream().map(Seat::id).distinct().toList());
        Map<UUID, Person> holders = all.isEmpty() ? Map.of()
                : people.list("id in ?1", all.stream().map(Membership::personId).distinct().toList()).stream()
                        .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<UUID, List<Membership>> bySeat = all.stream().collect(Collectors.groupingBy(Membership::seatId));
        for (Seat seat : changed.stream().collect(Collectors.toMap(Seat::id, s -> s, (a, b) -> a)).values()) {
            List<VacancyPeriod> periods = periods(seat, bySeat.getOrDefault(seat.id(), List.of()),
                    m -> lapse(seat, holders.get(m.personId())));
            findByIdOptional(seat.id()).ifPresentOrElse(held -> held.update(periods, actor),
                    () -> persist(SeatVacancy.of(seat, periods, actor)));
        }
        flush();
    }

    /** Recomputes the conclusions of every seat of the committee. */
    void refreshCommittee(UUID committeeId, String actor) {
        refresh(seats.of(committeeId), actor);
    }

    /** Recomputes the conclusions of every seat this person holds or has held. */
    void refreshPerson(UUID personId, String actor) {
        refresh(memberships.ofPerson(personId).stream().map(m -> seats.findById(m.seatId())).toList(), actor);
    }

    /** An agency's copy changed (e.g. it was dissolved): its ex-officio seats may have lapsed, in the same transaction. */
    void agencyChanged(@Observes AgencyCopyChanged change) {
        refresh(seats.list("agencyId", change.agencyId()), null);
    }

    /**
     * At start, seats that have no conclusion yet (written before conclusions existed) get one, in one revision, so
     * that the feed read from the start holds a conclusion for every seat.
     */
    void concludeAtStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> refresh(seats.list("id not in (select v.id from SeatVacancy v)"), null));
    }

    /**
     * A seat's periods from its first day (or from no bound) to its last (or none): the memberships that hold it, each
     * HELD or LAPSED by {@code lapse}, and VACANT between them. Memberships of one seat never overlap (a seating that
     * would is refused); any part of one outside the seat's lifetime is left out.
     */
    static List<VacancyPeriod> periods(Seat seat, List<Membership> held, Function<Membership, VacancyReason> lapse) {
        LocalDate first = seat.establishedOn();
        LocalDate last = seat.abolishedOn() == null ? null : seat.abolishedOn().minusDays(1);
        List<VacancyPeriod> periods = new ArrayList<>();
        if (first != null && last != null && last.isBefore(first)) {
            return periods; // abolished on the day it was established: it never existed
        }
        LocalDate cursor = first; // the first day not yet covered; null for "from no bound"
        boolean open = true; // whether days from the cursor on remain to be covered
        for (Membership m : held.stream().sorted(Comparator.comparing(Membership::startDate)).toList()) {
            LocalDate start = cursor == null || m.startDate().isAfter(cursor) ? m.startDate() : cursor;
            LocalDate end = min(m.endDate(), last);
            if (!open || (end != null && end.isBefore(start)) || (last != null && start.isAfter(last))) {
                continue; // outside the seat's lifetime, or already covered
            }
            if (cursor == null || start.isAfter(cursor)) {
                periods.add(new VacancyPeriod(cursor, start.minusDays(1), Status.VACANT, VacancyReason.NO_HOLDER, null, null));
            }
            VacancyReason reason = lapse.apply(m);
            periods.add(new VacancyPeriod(start, end, reason == null ? Status.HELD : Status.LAPSED, reason, m.id(),
                    m.personId()));
            if (end == null) {
                open = false;
            } else {
                cursor = end.plusDays(1);
                open = last == null || !cursor.isAfter(last);
            }
        }
        if (open) {
            periods.add(new VacancyPeriod(cursor, last, Status.VACANT, VacancyReason.NO_HOLDER, null, null));
        }
        return periods;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
