package smartcity.committee.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.InvalidField;
import smartcity.committee.api.MergePatch;
import smartcity.committee.person.People;
import smartcity.committee.person.Person;
import smartcity.committee.person.PersonPost;
import smartcity.committee.person.PersonPostRepository;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.resolution.ResolutionRepository;
import smartcity.committee.roster.RosterProblems.CommitteeCodeTaken;
import smartcity.committee.roster.RosterProblems.MembershipNotFound;
import smartcity.committee.roster.RosterProblems.SeatAlreadyHeld;
import smartcity.committee.roster.RosterViews.HolderView;
import smartcity.committee.roster.RosterViews.RestructuringView;
import smartcity.committee.roster.RosterViews.RosterSeat;
import smartcity.committee.roster.RosterViews.RosterView;
import smartcity.committee.roster.RosterViews.SeatView;
import smartcity.committee.roster.RosterViews.VacancyReason;
import smartcity.committee.roster.RosterViews.VacancyView;

/**
 * Committees, their seats and who holds them when.
 *
 * <p>A write that names an agency confirms it with agency-service first, in
 * {@link AgencyDirectory#beforeTheTransaction}, and only then runs its database work in
 * {@code QuarkusTransaction.joiningExisting()}, which takes the row locks: no lock is held while agency-service is
 * waited for (up to 2 s a try, three tries). Nothing here relies on ArC intercepting a
 * call on {@code this}: the transactions are opened by the callers' proxies ({@code @Transactional} on public methods)
 * or explicitly.
 */
@ApplicationScoped
public class Committees {

    private final CommitteeRepository committees;
    private final SeatRepository seats;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final AgencyDirectory agencies;
    private final ResolutionRepository resolutions;
    private final SeatVacancies conclusions;
    private final People persons;
    private final PersonPostRepository posts;
    private final CommitteeMandateRepository mandates;
    private final MergePatch mergePatch;

    Committees(CommitteeRepository committees, SeatRepository seats, MembershipRepository memberships,
            PersonRepository people, AgencyDirectory agencies, ResolutionRepository resolutions,
            SeatVacancies conclusions, People persons, PersonPostRepository posts, CommitteeMandateRepository mandates,
            MergePatch mergePatch) {
        this.committees = committees;
        this.seats = seats;
        this.memberships = memberships;
        this.people = people;
        this.agencies = agencies;
        this.resolutions = resolutions;
        this.conclusions = conclusions;
        this.persons = persons;
        this.posts = posts;
        this.mandates = mandates;
        this.mergePatch = mergePatch;
    }

    public Committee committee(UUID id) {
        return committees.require(id);
    }

    public List<Seat> seats(UUID committeeId) {
        return seats.of(committee(committeeId).id());
    }

    @Transactional
    public Committee establish(CommitteeDetails details, String actor) {
        if (committees.findByCode(details.code()).isPresent()) {
            throw new CommitteeCodeTaken(details.code());
        }
        Committee committee = Committee.establish(details, actor);
        committees.persist(committee);
        if (committee.mandateTh() != null || committee.mandateEn() != null) {
            // the mandate it was established with, in force from the start
            mandates.persist(CommitteeMandate.of(committee.id(), committee.mandateTh(), committee.mandateEn(), null, null,
                    actor));
        }
        committees.flush();
        return committee;
    }

    /** The committee's mandates, the original first. */
    public List<CommitteeMandate> mandates(UUID committeeId) {
        return mandates.of(committee(committeeId).id());
    }

    /** The mandate in force on the day, if the committee has one then. */
    public Optional<CommitteeMandate> mandateOn(UUID committeeId, LocalDate day) {
        return CommitteeMandateRepository.inForceOn(mandates(committeeId), day);
    }

    /**
     * Amends the committee's mandate from a date, citing the resolution that decided it; the mandates before it stay as
     * they were, and the committee's latest mandate follows the latest amendment.
     */
    public CommitteeMandate amendMandate(UUID committeeId, MandateAmendment amendment, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            committees.require(committeeId);
            resolutions.requireCited(amendment.resolutionId(), "resolutionId");
        });
        return QuarkusTransaction.joiningExisting().call(() -> amend(committees.requireLocked(committeeId),
                amendment.mandateTh(), amendment.mandateEn(), amendment.effectiveDate(), amendment.resolutionId(), actor));
    }

    /** In the caller's transaction, with the committee's row locked. */
    private CommitteeMandate amend(Committee committee, String mandateTh, String mandateEn, LocalDate from,
            UUID resolutionId, String actor) {
        List<CommitteeMandate> held = mandates.of(committee.id());
        if (held.stream().anyMatch(m -> from.equals(m.effectiveDate()))) {
            throw new RosterProblems.MandateAlreadyAmendedOn(from);
        }
        CommitteeMandate amended = CommitteeMandate.of(committee.id(), mandateTh, mandateEn, from, resolutionId, actor);
        mandates.persist(amended);
        boolean latest = held.stream().noneMatch(m -> m.effectiveDate() != null && m.effectiveDate().isAfter(from));
        if (latest) {
            committee.showLatestMandate(amended, actor);
        }
        mandates.flush();
        return amended;
    }

    /** Corrects a committee's code, names, level or founding order by merge patch (If-Match under the row lock). */
    public Committee correct(UUID committeeId, JsonNode patch, String ifMatch, String actor) throws java.io.IOException {
        return correcting(() -> {
            Committee committee = committees.requireLocked(committeeId);
            if (!committee.matches(ifMatch)) {
                throw new RosterProblems.ChangedSinceRead("Committee " + committeeId, committee.version());
            }
            CommitteeCorrection corrected = mergePatch.apply(CommitteeCorrection.of(committee), patch,
                    CommitteeCorrection.class);
            if (!corrected.code().equals(committee.code()) && committees.findByCode(corrected.code()).isPresent()) {
                throw new CommitteeCodeTaken(corrected.code());
            }
            committee.correct(corrected, actor);
            committees.flush();
            return committee;
        });
    }

    /**
     * Corrects a seat's titles, position text or order by merge patch (If-Match under the seat's row lock); its
     * holders are judged again with the corrected position.
     */
    public Seat correctSeat(UUID committeeId, UUID seatId, JsonNode patch, String ifMatch, String actor) throws java.io.IOException {
        return correcting(() -> {
            Seat seat = seats.findByIdOptional(seatId, LockModeType.PESSIMISTIC_WRITE)
                    .filter(found -> found.committeeId().equals(committee(committeeId).id()))
                    .orElseThrow(() -> new RosterProblems.SeatNotFound(seatId));
            if (!seat.matches(ifMatch)) {
                throw new RosterProblems.ChangedSinceRead("Seat " + seatId, seat.version());
            }
            SeatCorrection corrected = mergePatch.apply(SeatCorrection.of(seat), patch, SeatCorrection.class);
            boolean exOfficio = seat.basis() == RosterEnums.SeatBasis.EX_OFFICIO;
            if (exOfficio && (corrected.positionTh() == null || corrected.positionTh().isBlank())) {
                throw new InvalidField("positionTh", "is required for an ex-officio seat");
            }
            if (!exOfficio && (corrected.positionTh() != null || corrected.positionEn() != null)) {
                throw new InvalidField(corrected.positionTh() != null ? "positionTh" : "positionEn",
                        "applies only to ex-officio seats");
            }
            seat.correct(corrected, actor);
            seats.flush();
            conclusions.refresh(List.of(seat), actor);
            return seat;
        });
    }

    /** Adds a seat; one that names an agency has it confirmed before the committee's row is locked. */
    public Seat addSeat(UUID committeeId, SeatDetails details, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            committees.require(committeeId);
            if (details.agencyId() != null) {
                agencies.confirm(details.agencyId(), "agencyId");
            }
        });
        return QuarkusTransaction.joiningExisting().call(() -> {
            Committee committee = committees.requireLocked(committeeId);
            Seat seat = Seat.create(committee.id(), details, seats.nextDisplayOrder(committee.id()), actor);
            seats.persistAndFlush(seat);
            conclusions.refresh(List.of(seat), actor);
            return seat;
        });
    }

    /**
     * Seats a person. The seat's row lock is the transaction's first statement, so two concurrent requests for one
     * seat are decided one after the other, and the second one's reads (its InnoDB snapshot starts after the lock)
     * see the first's membership and refuse. Reading anything before the lock would fix an older snapshot.
     */
    @Transactional
    public Membership seatPerson(UUID committeeId, MembershipRequest request, String actor) {
        return seat(committeeId, request, actor);
    }

    /** Seats a person in the caller's transaction (a request's own, or a restructuring's). */
    private Membership seat(UUID committeeId, MembershipRequest request, String actor) {
        Optional<Seat> locked = seats.findByIdOptional(request.seatId(), LockModeType.PESSIMISTIC_WRITE);
        committee(committeeId);
        Seat seat = locked.filter(found -> found.committeeId().equals(committeeId))
                .orElseThrow(() -> new InvalidField("seatId", "this committee has no such seat"));
        Person person = people.findByIdOptional(request.personId())
                .orElseThrow(() -> new InvalidField("personId", "no person has this id"));
        for (Membership existing : memberships.ofSeat(seat.id())) {
            boolean overlaps = (request.endDate() == null || !existing.startDate().isAfter(request.endDate()))
                    && (existing.endDate() == null || !request.startDate().isAfter(existing.endDate()));
            if (overlaps) {
                Person holder = people.findById(existing.personId());
                throw new SeatAlreadyHeld(seat.titleTh(), holder.honorific() + holder.nameTh(), existing.startDate(),
                        existing.endDate());
            }
        }
        PersonPost post = PersonPostRepository.heldOn(posts.ofPerson(person.id()), request.startDate()).orElse(null);
        String exception = null;
        if (!seat.fits(post)) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw new RosterProblems.PostDoesNotFitSeat(seat, person, post, request.startDate());
            }
            exception = request.reason();
        }
        Membership membership = Membership.begin(seat.id(), person.id(), request.startDate(), request.endDate(),
                request.basis(), exception, actor);
        memberships.persistAndFlush(membership);
        conclusions.refresh(List.of(seat), actor);
        return membership;
    }

    @Transactional
    public Membership endMembership(UUID committeeId, UUID membershipId, MembershipEnd end, String actor) {
        Membership membership = membership(committeeId, membershipId);
        membership.end(end.endDate(), end.reason(), actor);
        memberships.flush();
        conclusions.refresh(List.of(seats.findById(membership.seatId())), actor);
        return membership;
    }

    public Membership membership(UUID committeeId, UUID membershipId) {
        return memberships.findByIdOptional(membershipId)
                .filter(m -> seats.findByIdOptional(m.seatId()).map(s -> s.committeeId().equals(committeeId)).orElse(false))
                .orElseThrow(() -> new MembershipNotFound(membershipId));
    }

    public RosterView roster(UUID committeeId, LocalDate asOf) {
        Committee committee = committee(committeeId);
        List<Seat> all = seats.of(committeeId).stream().filter(seat -> seat.existsOn(asOf)).toList();
        Map<UUID, Membership> holding = holdingOn(all, asOf);
        List<UUID> holderIds = holding.values().stream().map(Membership::personId).toList();
        Map<UUID, Person> holders = persons(holderIds);
        Map<UUID, List<PersonPost>> postsOf = posts.ofPeople(holderIds);
        List<RosterSeat> roster = all.stream().map(seat -> {
            Membership m = holding.get(seat.id());
            return new RosterSeat(SeatView.from(seat), m == null ? null
                    : HolderView.of(m, holders.get(m.personId()), postOn(postsOf, m.personId(), asOf)));
        }).toList();
        int filled = holding.size();
        return new RosterView(committee.id(), committee.nameTh(), asOf, all.size(), filled, all.size() - filled, roster);
    }

    /**
     * Seats nobody holds on the date, and ex-officio seats whose holder's post on the date does not fit them: the
     * seats' {@link VacancyPeriod}s on that day, computed as {@link SeatVacancies} computes the {@link SeatVacancy}
     * the change feed publishes, so the two always agree.
     */
    public List<VacancyView> vacancies(UUID committeeId, LocalDate asOf) {
        committee(committeeId);
        List<Seat> all = seats.of(committeeId).stream().filter(seat -> seat.existsOn(asOf)).toList();
        Map<UUID, List<VacancyPeriod>> periods = conclusions.periodsOf(all);
        Map<UUID, Membership> holding = holdingOn(all, asOf);
        List<UUID> holderIds = holding.values().stream().map(Membership::personId).toList();
        Map<UUID, Person> holders = persons(holderIds);
        Map<UUID, List<PersonPost>> postsOf = posts.ofPeople(holderIds);
        List<VacancyView> vacancies = new ArrayList<>();
        for (Seat seat : all) {
            Optional<VacancyPeriod> on = periods.getOrDefault(seat.id(), List.of()).stream()
                    .filter(p -> p.covers(asOf)).findFirst();
            if (on.isEmpty() || on.get().status() == VacancyPeriod.Status.HELD) {
                continue;
            }
            VacancyPeriod period = on.get();
            Membership m = holding.get(seat.id());
            HolderView holder = m == null || period.status() != VacancyPeriod.Status.LAPSED ? null
                    : HolderView.of(m, holders.get(m.personId()), postOn(postsOf, m.personId(), asOf));
            vacancies.add(new VacancyView(SeatView.from(seat), period.reason(), holder, period.previousHolder(),
                    period.vacantSince(), period.cause()));
        }
        return vacancies;
    }

    private static PersonPost postOn(Map<UUID, List<PersonPost>> postsOf, UUID personId, LocalDate day) {
        return PersonPostRepository.heldOn(postsOf.get(personId), day).orElse(null);
    }

    /**
     * Moves a person to a new post from a date (their post held on that day ends the day before; the posts before stay
     * as they were) and, in the same transaction, ends (the day before, as TRANSFERRED, caused by this transfer)
     * every ex-officio membership the new post does not fit. Appointed memberships are personal and stay.
     */
    public Transferred transfer(UUID personId, Transfer transfer, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            // counted, not loaded: an entity read here would stay in the request's session, and the answer, read
            // after the transfer, would show the person as they were before it
            if (people.count("id", personId) == 0) {
                throw new RosterProblems.PersonNotFound(personId);
            }
            if (transfer.agencyId() != null) {
                agencies.confirm(transfer.agencyId(), "agencyId");
            }
        });
        return QuarkusTransaction.joiningExisting().call(() -> endWhatTheNewPostNoLongerFits(personId, transfer, actor));
    }

    /** A transfer's new post and the memberships it ended. */
    public record Transferred(PersonPost post, List<Membership> ended) {
    }

    private Transferred endWhatTheNewPostNoLongerFits(UUID personId, Transfer transfer, String actor) {
        Person person = people.findByIdOptional(personId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RosterProblems.PersonNotFound(personId));
        PersonPost moved = persons.move(person, transfer.effectiveDate(), transfer.positionTh(), transfer.positionEn(),
                transfer.agencyId(), actor);
        List<Membership> ended = new ArrayList<>();
        for (Membership membership : memberships.ofPerson(personId)) {
            Seat seat = seats.findById(membership.seatId());
            boolean open = membership.endDate() == null || !membership.endDate().isBefore(transfer.effectiveDate());
            if (open && membership.startDate().isBefore(transfer.effectiveDate())
                    && !seat.fits(moved)) {
                membership.endEarly(transfer.effectiveDate().minusDays(1), RosterEnums.EndReason.TRANSFERRED,
                        RosterEnums.CauseKind.TRANSFER, moved.id(), actor);
                ended.add(membership);
            }
        }
        memberships.flush();
        // a move can lapse memberships it did not end (one that started on the effective date), and ends the others
        conclusions.refreshPerson(personId, actor);
        return new Transferred(moved, ended);
    }

    /**
     * Applies a restructuring as one transaction: any broken rule undoes all of it, and a dry run undoes it after
     * computing the roster it would give. The committee, the cited resolution, the request's own rules and the new
     * seats' agencies (with agency-service) are checked first, before the transaction; its first statement then locks
     * all the committee's seats, so nothing else changes them meanwhile and every read sees their latest state.
     * {@link RestructuringPlan} builds the change; this compares the roster before and after it.
     */
    public RestructuringView restructure(UUID committeeId, Restructuring change, boolean dryRun, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            committees.require(committeeId);
            resolutions.requireCited(change.resolutionId(), "resolutionId");
            RestructuringPlan.checkKeys(change);
            for (int i = 0; i < change.seatsToAdd().size(); i++) {
                UUID agency = change.seatsToAdd().get(i).seat().agencyId();
                if (agency != null) {
                    agencies.confirm(agency, "addSeats[" + i + "].seat.agencyId");
                }
            }
        });
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                RestructuringView view = restructureUnderTheSeatsLocks(committeeId, change, dryRun, actor);
                if (dryRun) {
                    throw new DryRunUndone(view);
                }
                return view;
            });
        } catch (DryRunUndone undone) {
            return undone.view;
        }
    }

    private RestructuringView restructureUnderTheSeatsLocks(UUID committeeId, Restructuring change, boolean dryRun,
            String actor) {
        // the committee's row before its seats' when the mandate changes too: the order addSeat locks them in
        Committee amended = change.mandate() == null ? null : committees.requireLocked(committeeId);
        List<Seat> locked = seats.lockAllOf(committeeId);
        LocalDate from = change.effectiveDate();
        RosterView before = roster(committeeId, from);
        RestructuringPlan plan = RestructuringPlan.of(committeeId, change, locked, seats.nextDisplayOrder(committeeId),
                memberships::ofSeat, id -> membership(committeeId, id), actor);
        plan.added().forEach(seats::persist);
        memberships.flush();
        String basis = change.resolutionId() == null ? "restructuring" : "resolution " + change.resolutionId();
        for (RestructuringPlan.Seating seating : plan.seatings()) {
            seat(committeeId, new MembershipRequest(seating.seat().id(), seating.personId(), from, null, basis,
                    seating.reason()), actor);
        }
        if (amended != null) {
            amend(amended, change.mandate().mandateTh(), change.mandate().mandateEn(), from,
                    change.resolutionId(), actor);
        }
        memberships.flush();
        conclusions.refreshCommittee(committeeId, actor);
        return new RestructuringView(dryRun, from, before, roster(committeeId, from));
    }

    /** A dry run's answer, carried out of its transaction by the exception that rolls it back. */
    private static final class DryRunUndone extends RuntimeException {
        private final RestructuringView view;

        DryRunUndone(RestructuringView view) {
            super(null, null, false, false);
            this.view = view;
        }
    }

    public List<Membership> historyOf(UUID personId) {
        return memberships.ofPerson(personId);
    }

    /** A seat of the committee (404 for a seat of another committee, as for one that does not exist). */
    public Seat seatOf(UUID committeeId, UUID seatId) {
        UUID committee = committee(committeeId).id();
        return seats.findByIdOptional(seatId).filter(seat -> seat.committeeId().equals(committee))
                .orElseThrow(() -> new RosterProblems.SeatNotFound(seatId));
    }

    public Optional<Seat> seat(UUID id) {
        return seats.findByIdOptional(id);
    }

    private Map<UUID, Membership> holdingOn(List<Seat> all, LocalDate day) {
        return memberships.ofSeats(all.stream().map(Seat::id).toList()).stream()
                .filter(m -> m.heldOn(day))
                .collect(Collectors.toMap(Membership::seatId, Function.identity(), (a, b) -> a));
    }

    private Map<UUID, Person> persons(List<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : people.list("id in ?1", ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /**
     * The work in {@code QuarkusTransaction.joiningExisting()}, rolled back on any exception; a merge patch's Jackson
     * exception (checked, which the transaction wraps) comes out as itself, so the problem mapping names the field.
     */
    private static <T> T correcting(java.util.concurrent.Callable<T> work) throws java.io.IOException {
        try {
            return QuarkusTransaction.joiningExisting().call(work);
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (e.getCause() instanceof java.io.IOException unreadable) {
                throw unreadable;
            }
            throw e;
        }
    }
}
