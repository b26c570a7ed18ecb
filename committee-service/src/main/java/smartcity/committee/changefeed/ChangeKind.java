package smartcity.committee.changefeed;

import java.util.UUID;
import java.util.function.Function;
import smartcity.committee.assignment.Assignment;
import smartcity.committee.dimension.Dimension;
import smartcity.committee.meeting.Meeting;
import smartcity.committee.resolution.Resolution;
import smartcity.committee.person.Person;
import smartcity.committee.roster.Committee;
import smartcity.committee.roster.Membership;
import smartcity.committee.roster.Seat;
import smartcity.committee.roster.SeatVacancy;

/**
 * The kinds of record the change feed carries, each with its audited entity and its public state. Within one revision
 * the feed lists records in this order, so that a record comes after the ones it refers to (a seat after its
 * committee, a membership after its seat and person, a seat's vacancy periods after the memberships they
 * name, an assignment after its dimension and resolution).
 */
public enum ChangeKind {
    DIMENSION(Dimension.class, Dimension::id, PublicState.DimensionState::of),
    COMMITTEE(Committee.class, Committee::id, PublicState.CommitteeState::of),
    PERSON(Person.class, Person::id, PublicState.PersonState::of),
    SEAT(Seat.class, Seat::id, PublicState.SeatState::of),
    MEMBERSHIP(Membership.class, Membership::id, PublicState.MembershipState::of),
    /** Derived: a seat's vacancy periods, rewritten in the revision of any change that alters them. */
    SEAT_VACANCY(SeatVacancy.class, SeatVacancy::id, PublicState.SeatVacancyState::of),
    MEETING(Meeting.class, Meeting::id, PublicState.MeetingState::of),
    RESOLUTION(Resolution.class, Resolution::id, PublicState.ResolutionState::of),
    ASSIGNMENT(Assignment.class, Assignment::id, PublicState.AssignmentState::of);

    private final Class<?> entity;
    private final Function<Object, UUID> id;
    private final Function<Object, PublicState> state;

    <E> ChangeKind(Class<E> entity, Function<E, UUID> id, Function<E, ? extends PublicState> state) {
        this.entity = entity;
        this.id = record -> id.apply(entity.cast(record));
        this.state = record -> state.apply(entity.cast(record));
    }

    Class<?> entity() {
        return entity;
    }

    UUID idOf(Object record) {
        return id.apply(record);
    }

    PublicState stateOf(Object record) {
        return state.apply(record);
    }
}
