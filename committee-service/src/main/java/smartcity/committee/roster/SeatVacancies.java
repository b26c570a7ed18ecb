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
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import smartcity.committee.agency.AgencyCopyChanged;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.person.Person;
import smartcity.committee.person.PersonChanged;
import smartcity.committee.person.PersonPost;
import smartcity.committee.person.PersonPostRepository;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.roster.RosterEnums.CauseKind;
import smartcity.committee.roster.RosterEnums.EndReason;
import smartcity.committee.roster.RosterViews.VacancyReason;
import smartcity.committee.roster.VacancyPeriod.Cause;
import smartcity.committee.roster.VacancyPeriod.PreviousHolder;
import smartcity.committee.roster.VacancyPeriod.Status;

/**
 * The one place of the rule "the holder's post on that day does not fit the seat", and the seats' {@link SeatVacancy}
 * conclusions kept current with it. A write that can change a seat's conclusion calls {@link #refresh} for it in its
 * own transaction, after its changes are flushed; the conclusion is rewritten only when it differs, so the feed
 * carries a SEAT_VACANCY item exactly when the conclusion changed. {@code /committees/{id}/vacancies} answers from the
 * same periods, computed the same way, so the two never disagree.
 */
@ApplicationScoped
public class SeatVacancies implements PanacheRepositoryBase<SeatVacancy, UUID> {

    private final SeatRepository seats;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final PersonPostRepository posts;
    private final AgencyDirectory agencies;

    SeatVacancies(SeatRepository seats, MembershipRepository memberships, PersonRepository people,
            PersonPostRepository posts, AgencyDirectory agencies) {
        this.seats = seats;
        this.memberships = memberships;
        this.people = people;
        this.posts = posts;
        this.agencies = agencies;
    }

    /** A stretch of a membership's days judged the same way: {@code lapse} null when the holder fits the seat. */
    record Stretch(LocalDate from, LocalDate to, VacancyReason lapse, Cause cause) {
    }

    /** Judges a membership's days from {@code from} to {@code to} (null for no bound), in date order, covering all. */
    interface Judge {
        List<Stretch> judge(Membership membership, LocalDate from, LocalDate to);
    }

    /** The periods of these seats, judged on the posts held on each day; read-only, in the caller's session. */
    Map<UUID, List<VacancyPeriod>> periodsOf(Collection<Seat> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<Membership> all = memberships.ofSeats(of.stream().map(Seat::id).distinct().toList());
        List<UUID> holders = all.stream().map(Membership::personId).distinct().toList();
        Map<UUID, Person> persons = holders.isEmpty() ? Map.of()
                : people.list("id in ?1", holders).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<UUID, List<PersonPost>> postsOf = posts.ofPeople(holders);
        Map<UUID, List<Membership>> bySeat = all.stream().collect(Collectors.groupingBy(Membership::seatId));
        Map<UUID, List<VacancyPeriod>> periods = new java.util.LinkedHashMap<>();
        for (Seat seat : of) {
            if (periods.containsKey(seat.id())) {
                continue;
            }
            boolean agencyGone = seat.agencyId() != null && agencies.known(seat.agencyId())
                    .map(copy -> !"ACTIVE".equals(copy.status())).orElse(false);
            periods.put(seat.id(), periods(seat, bySeat.getOrDefault(seat.id(), List.of()),
                    (m, from, to) -> judge(seat, m, postsOf.getOrDefault(m.personId(), List.of()), agencyGone, from, to),
                    m -> previousHolder(m, persons.get(m.personId()), postsOf.getOrDefault(m.personId(), List.of()))));
        }
        return periods;
    }

    /**
     * The lapse rule on each day: an ex-officio seat whose agency is no longer active (as agency-service's feed
     * reported) has lapsed for every member; otherwise a member whose post on the day does not fit it, unless the
     * committee seated them as an exception (a reason recorded on the membership). The days are cut where a new post
     * begins, and stretches judged alike are joined.
     */
    static List<Stretch> judge(Seat seat, Membership m, List<PersonPost> posts, boolean agencyGone, LocalDate from,
            LocalDate to) {
        if (agencyGone) {
            return List.of(new Stretch(from, to, VacancyReason.AGENCY_NO_LONGER_ACTIVE, null));
        }
        if (seat.basis() != RosterEnums.SeatBasis.EX_OFFICIO || m.exceptionReason() != null) {
            return List.of(new Stretch(from, to, null, null));
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (PersonPost post : posts) {
            LocalDate begins = post.validFrom();
            if (begins != null && (from == null || begins.isAfter(from)) && (to == null || !begins.isAfter(to))) {
                cuts.add(begins);
            }
            LocalDate after = post.validTo() == null ? null : post.validTo().plusDays(1);
            if (after != null && (from == null || after.isAfter(from)) && (to == null || !after.isAfter(to))) {
                cuts.add(after); // a gap between posts: no post, no fit
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        LocalDate start = from;
        List<LocalDate> bounds = new ArrayList<>(cuts);
        for (int i = 0; i <= bounds.size(); i++) {
            LocalDate end = i < bounds.size() ? bounds.get(i).minusDays(1) : to;
            PersonPost held = postOn(posts, start);
            boolean fits = seat.fits(held);
            Cause cause = fits || held == null || held.validFrom() == null ? null : new Cause(CauseKind.TRANSFER, held.id());
            Stretch stretch = new Stretch(start, end, fits ? null : VacancyReason.POSITION_NO_LONGER_HELD, cause);
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && last.lapse() == stretch.lapse()) {
                stretches.set(stretches.size() - 1, new Stretch(last.from(), end, last.lapse(), last.cause()));
            } else {
                stretches.add(stretch);
            }
            if (i < bounds.size()) {
                start = bounds.get(i);
            }
        }
        return stretches;
    }

    /** The post held on the day; for "no bound" (null), the one held since before the record began. */
    static PersonPost postOn(List<PersonPost> posts, LocalDate day) {
        if (day == null) {
            return posts.stream().filter(p -> p.validFrom() == null).findFirst().orElse(null);
        }
        return PersonPostRepository.heldOn(posts, day).orElse(null);
    }

    /** Who held the seat in this membership, with the post they held on its last day. */
    static PreviousHolder previousHolder(Membership m, Person holder, List<PersonPost> posts) {
        if (holder == null) {
            return null;
        }
        PersonPost last = m.endDate() == null ? null : postOn(posts, m.endDate());
        return new PreviousHolder(holder.id(), holder.honorific(), holder.nameTh(), holder.nameEn(),
                last == null ? null : last.positionTh(), last == null ? null : last.positionEn());
    }

    /** Recomputes the conclusions of these seats, in the caller's transaction. */
    void refresh(Collection<Seat> changed, String actor) {
        if (changed.isEmpty()) {
            return;
        }
        Map<UUID, Seat> unique = changed.stream().collect(Collectors.toMap(Seat::id, s -> s, (a, b) -> a));
        Map<UUID, List<VacancyPeriod>> computed = periodsOf(unique.values());
        for (Seat seat : unique.values()) {
            List<VacancyPeriod> periods = computed.get(seat.id());
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

    /** A person's names or posts changed: the seats they hold or held are judged again, in the same transaction. */
    void personChanged(@Observes PersonChanged change) {
        refreshPerson(change.personId(), null);
    }

    /** An agency's copy changed (e.g. it was dissolved): its ex-officio seats may have lapsed, in the same transaction. */
    void agencyChanged(@Observes AgencyCopyChanged change) {
        refresh(seats.list("agencyId", change.agencyId()), null);
    }

    /**
     * At start, every seat's conclusion is computed again and rewritten where it differs (in one revision): seats
     * written before conclusions existed get one, and conclusions drawn by an older rule (before posts were dated and
     * vacancies said why) are brought up to date, so that the feed read from the start holds today's rule for every seat.
     */
    void concludeAtStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> refresh(seats.listAll(), null));
    }

    /** As {@link #periods(Seat, List, Judge, Function)}, each membership judged as a whole (for tests of the shape). */
    static List<VacancyPeriod> periods(Seat seat, List<Membership> held, Function<Membership, VacancyReason> lapse) {
        return periods(seat, held, (m, from, to) -> List.of(new Stretch(from, to, lapse.apply(m), null)), m -> null);
    }

    /**
     * A seat's periods from its first day (or from no bound) to its last (or none): the memberships that hold it, their
     * days HELD or LAPSED as {@code judge} says, and VACANT between them, each vacant stretch saying why (how the
     * membership before it ended, or that nobody held the seat before), who held it last and what caused it.
     * Memberships of one seat never overlap (a seating that would is refused); any part of one outside the seat's
     * lifetime is left out.
     */
    static List<VacancyPeriod> periods(Seat seat, List<Membership> held, Judge judge,
            Function<Membership, PreviousHolder> previousHolder) {
        LocalDate first = seat.establishedOn();
        LocalDate last = seat.abolishedOn() == null ? null : seat.abolishedOn().minusDays(1);
        List<VacancyPeriod> periods = new ArrayList<>();
        if (first != null && last != null && last.isBefore(first)) {
            return periods; // abolished on the day it was established: it never existed
        }
        LocalDate cursor = first; // the first day not yet covered; null for "from no bound"
        boolean open = true; // whether days from the cursor on remain to be covered
        Membership before = null; // the membership that held the seat last
        for (Membership m : held.stream().sorted(Comparator.comparing(Membership::startDate)).toList()) {
            LocalDate start = cursor == null || m.startDate().isAfter(cursor) ? m.startDate() : cursor;
            LocalDate end = min(m.endDate(), last);
            if (!open || (end != null && end.isBefore(start)) || (last != null && start.isAfter(last))) {
                continue; // outside the seat's lifetime, or already covered
            }
            if (cursor == null || start.isAfter(cursor)) {
                periods.add(vacant(cursor, start.minusDays(1), before, previousHolder));
            }
            for (Stretch stretch : judge.judge(m, start, end)) {
                boolean lapsed = stretch.lapse() != null;
                periods.add(new VacancyPeriod(stretch.from(), stretch.to(), lapsed ? Status.LAPSED : Status.HELD,
                        stretch.lapse(), m.id(), m.personId(), null, lapsed ? stretch.from() : null,
                        lapsed ? stretch.cause() : null));
            }
            before = m;
            if (end == null) {
                open = false;
            } else {
                cursor = end.plusDays(1);
                open = last == null || !cursor.isAfter(last);
            }
        }
        if (open) {
            periods.add(vacant(cursor, last, before, previousHolder));
        }
        return periods;
    }

    private static VacancyPeriod vacant(LocalDate from, LocalDate to, Membership before,
            Function<Membership, PreviousHolder> previousHolder) {
        if (before == null) {
            return new VacancyPeriod(from, to, Status.VACANT, VacancyReason.NO_HOLDER_EVER, null, null, null, from, null);
        }
        Cause cause = before.endCauseKind() == null ? null : new Cause(before.endCauseKind(), before.endCauseId());
        return new VacancyPeriod(from, to, Status.VACANT, vacancyReason(before.endReason()), null, null,
                previousHolder.apply(before), from, cause);
    }

    /** Why a seat is vacant after a membership that ended this way; a membership planned to end ended its term. */
    static VacancyReason vacancyReason(EndReason ended) {
        if (ended == null) {
            return VacancyReason.TERM_ENDED;
        }
        return switch (ended) {
            case TRANSFERRED -> VacancyReason.TRANSFERRED;
            case RETIRED -> VacancyReason.RETIRED;
            case RESIGNED -> VacancyReason.RESIGNED;
            case RESTRUCTURED -> VacancyReason.RESTRUCTURED;
            case TERM_ENDED -> VacancyReason.TERM_ENDED;
            case DECEASED, OTHER -> VacancyReason.NO_HOLDER;
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
