package smartcity.reporting.round;

import java.util.UUID;
import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;

class SurveyRoundNotFound extends DomainProblem {

    SurveyRoundNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "No survey round has the id " + id);
    }
}
