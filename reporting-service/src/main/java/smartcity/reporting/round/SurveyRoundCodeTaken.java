package smartcity.reporting.round;

import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;

class SurveyRoundCodeTaken extends DomainProblem {

    SurveyRoundCodeTaken(String code) {
        super(ProblemType.CONFLICT, "A survey round with the code '" + code + "' already exists");
    }
}
