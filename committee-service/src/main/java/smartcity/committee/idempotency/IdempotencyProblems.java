package smartcity.committee.idempotency;

import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;

/** The answers of the Idempotency-Key protocol that are not a replay. */
final class IdempotencyProblems {

    private IdempotencyProblems() {
    }

    /** The key was used before, by the same caller, for another request: replaying that answer would be wrong. */
    static final class KeyReused extends DomainProblem {
        KeyReused(String operation) {
            super(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was already used for a different request "
                    + "(operation " + operation + "). Send a new key with each new request.");
        }
    }

    /** Another request with the key kept it busy for longer than a retry can wait. */
    static final class KeyBusy extends DomainProblem {
        KeyBusy() {
            super(ProblemType.CONFLICT, "A request with this Idempotency-Key is still being processed; retry it shortly.");
        }
    }
}
