package smartcity.agency.csv;

import io.quarkiverse.resteasy.problem.HttpProblem;
import smartcity.agency.api.ProblemType;

/** As many CSV exports are running as the service allows at once: nothing was read; retry later. */
class TooManyExports extends HttpProblem {

    /** A few seconds: an export of the whole registry takes about that long. */
    static final String RETRY_AFTER_SECONDS = "5";

    TooManyExports() {
        super(ProblemType.SERVICE_UNAVAILABLE.problem("As many CSV exports are running as the service allows at once; "
                        + "try again shortly.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS));
    }
}
