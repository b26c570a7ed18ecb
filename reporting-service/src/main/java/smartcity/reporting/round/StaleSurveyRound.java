package smartcity.reporting.round;

import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;

/** An {@code If-Match} that is not the round's current version (412): the caller read it before someone changed it. */
class StaleSurveyRound extends DomainProblem {

    StaleSurveyRound(SurveyRound round) {
        super(ProblemType.PRECONDITION_FAILED, "Survey round " + round.code() + " has changed since you read it: it is at "
                + "version " + round.version() + ". Read it again and retry.");
    }
}
