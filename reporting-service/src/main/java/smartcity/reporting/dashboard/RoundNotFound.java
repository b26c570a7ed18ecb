package smartcity.reporting.dashboard;

import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;

/** The dashboard was asked for a round that no id or code names. */
class RoundNotFound extends DomainProblem {

    RoundNotFound(String idOrCode) {
        super(ProblemType.NOT_FOUND, "No survey round has the id or code '" + idOrCode + "'");
    }
}
