package smartcity.reporting.round;

import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;

/** A change the round's lifecycle state does not allow (409): the detail says the state and which states allow it. */
public class SurveyRoundLifecycleConflict extends DomainProblem {

    SurveyRoundLifecycleConflict(SurveyRound round, String rule) {
        super(ProblemType.CONFLICT, "The survey round " + round.code() + " is " + round.status().name().toLowerCase()
                + "; " + rule);
    }
}
