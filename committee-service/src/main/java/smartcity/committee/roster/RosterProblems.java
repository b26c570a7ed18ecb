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
}
