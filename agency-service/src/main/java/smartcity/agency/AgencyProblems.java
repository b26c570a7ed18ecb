package smartcity.agency;

import java.util.UUID;
import smartcity.agency.api.DomainProblem;
import smartcity.agency.api.ProblemType;

/** The registry's other domain problems, each with the detail a client can act on. */
final class AgencyProblems {

    private AgencyProblems() {
    }

    static final class AgencyNotFound extends DomainProblem {
        AgencyNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "No agency has the id " + id);
        }
    }

    static final class AgencyCodeTaken extends DomainProblem {
        AgencyCodeTaken(String code) {
            super(ProblemType.CONFLICT, "An agency with the code '" + code + "' already exists");
        }
    }

    static final class StaleAgencyVersion extends DomainProblem {
        StaleAgencyVersion(String code, long current) {
            super(ProblemType.PRECONDITION_FAILED, "Agency " + code + " has changed since you read it: it is at version "
                    + current + ". Read it again and retry.");
        }
    }

    static final class ParentCycle extends DomainProblem {
        ParentCycle(String code) {
            super(ProblemType.CONFLICT, "That parent would make agency " + code + " its own ancestor");
        }
    }
}
