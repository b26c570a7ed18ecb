package smartcity.committee.roster;

import java.time.LocalDate;
import java.util.UUID;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;

/** The roster's domain problems, each with the detail a client can act on. */
final class RosterProblems {

    private RosterProblems() {
    }

    static final class CommitteeNotFound extends DomainProblem {
        CommitteeNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "No committee has the id " + id);
        }
    }

    static final class CommitteeCodeTaken extends DomainProblem {
        CommitteeCodeTaken(String code) {
            super(ProblemType.CONFLICT, "A committee with the code '" + code + "' already exists");
        }
    }

    static final class PersonNotFound extends DomainProblem {
        PersonNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "No person has the id " + id);
        }
    }

    static final class MembershipNotFound extends DomainProblem {
        MembershipNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "This committee has no membership with the id " + id);
        }
    }

    static final class SeatNotFound extends DomainProblem {
        SeatNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "This committee has no seat with the id " + id);
        }
    }

    static final class SeatAlreadyHeld extends DomainProblem {
        SeatAlreadyHeld(String seat, String holder, LocalDate from, LocalDate to) {
            super(ProblemType.CONFLICT, "The seat '" + seat + "' is held by " + holder + " from " + from
                    + (to == null ? " with no end date" : " to " + to) + "; a seat has one holder on any date");
        }
    }

    static final class SeatAlreadyAbolished extends DomainProblem {
        SeatAlreadyAbolished(String seat, LocalDate on) {
            super(ProblemType.CONFLICT, "The seat '" + seat + "' was abolished from " + on);
        }
    }

    static final class MembershipAlreadyEnded extends DomainProblem {
        MembershipAlreadyEnded(LocalDate on) {
            super(ProblemType.CONFLICT, "The membership already ended on " + on);
        }
    }

    static final class PostDoesNotFitSeat extends DomainProblem {
        PostDoesNotFitSeat(Seat seat, smartcity.committee.person.Person person,
                smartcity.committee.person.PersonPost post, LocalDate on) {
            super(ProblemType.CONFLICT, "The seat '" + seat.titleTh() + "' is ex officio: it needs the holder of "
                    + seat.needs() + ". On " + on + " " + person.honorific() + person.nameTh() + " holds "
                    + (post == null || post.positionTh() == null ? "no recorded post" : "'" + post.positionTh() + "'")
                    + ". To seat them all the same, give the committee's `reason` for the exception.");
        }
    }

    static final class MandateAlreadyAmendedOn extends DomainProblem {
        MandateAlreadyAmendedOn(LocalDate on) {
            super(ProblemType.CONFLICT, "The committee's mandate is already amended from " + on
                    + "; one amendment takes effect on any date");
        }
    }

    static final class ChangedSinceRead extends DomainProblem {
        ChangedSinceRead(String what, long version) {
            super(ProblemType.PRECONDITION_FAILED, what + " has changed since you read it: it is at version " + version
                    + ". Read it again and retry.");
        }
    }
}
