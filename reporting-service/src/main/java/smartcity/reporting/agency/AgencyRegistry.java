package smartcity.reporting.agency;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import smartcity.reporting.api.ProblemType;

/** The registry as a round's population is taken from it: the local copy, brought up to date first. */
@ApplicationScoped
public class AgencyRegistry {

    private final AgencyFeedFollower feed;

    AgencyRegistry(AgencyFeedFollower feed) {
        this.feed = feed;
    }

    /**
     * Brings the copy of the registry up to date with agency-service, or answers a 503 problem when agency-service
     * cannot say: a population fixed for good must not be taken from a copy that may be out of date.
     */
    public void catchUp() {
        try {
            feed.catchUp();
        } catch (RuntimeException e) {
            Log.warnf("agency-service could not be read: %s", e.toString());
            throw new HttpProblem(HttpProblem.builder()
                    .withType(ProblemType.SERVICE_UNAVAILABLE.uri())
                    .withTitle(ProblemType.SERVICE_UNAVAILABLE.title())
                    .withStatus(ProblemType.SERVICE_UNAVAILABLE.status())
                    .withDetail("agency-service does not answer, so the population cannot be taken; nothing was changed.")
                    .withHeader("Retry-After", "10")) { };
        }
    }
}
