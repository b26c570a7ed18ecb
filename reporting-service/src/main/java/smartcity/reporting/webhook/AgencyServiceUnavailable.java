package smartcity.reporting.webhook;

import io.quarkiverse.resteasy.problem.HttpProblem;
import smartcity.reporting.api.ProblemType;

/** agency-service could not be read, so an agency the local copy does not know can be neither confirmed nor refused. */
public class AgencyServiceUnavailable extends HttpProblem {

    public AgencyServiceUnavailable() {
        super(ProblemType.SERVICE_UNAVAILABLE.problem(
                        "agency-service does not answer, so the agency cannot be confirmed; nothing was changed.")
                .withHeader("Retry-After", "10"));
    }
}
