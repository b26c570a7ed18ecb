package smartcity.committee.agency;

import io.quarkiverse.resteasy.problem.HttpProblem;
import smartcity.committee.api.ProblemType;

/** A write needs agency-service to confirm an agency and it does not answer: 503, nothing written, retry later. */
public class AgencyServiceUnavailable extends HttpProblem {

    static final String RETRY_AFTER_SECONDS = "10";

    AgencyServiceUnavailable() {
        super(HttpProblem.builder()
                .withType(ProblemType.SERVICE_UNAVAILABLE.uri())
                .withTitle(ProblemType.SERVICE_UNAVAILABLE.title())
                .withStatus(ProblemType.SERVICE_UNAVAILABLE.status())
                .withDetail("agency-service does not answer, so the agency cannot be confirmed; nothing was changed. "
                        + "Try again shortly.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS));
    }
}
