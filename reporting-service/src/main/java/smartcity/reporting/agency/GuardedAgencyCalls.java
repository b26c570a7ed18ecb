package smartcity.reporting.agency;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import smartcity.reporting.feed.FeedNotServed;

/**
 * The calls to agency-service with their fault tolerance: a timeout always, retries (reading the feed is safe), and a
 * circuit breaker, so that a neighbour that is down costs a fast failure instead of a wait on every read. A 404 is an
 * answer, not an outage: agency-service serves no feed there, which retrying cannot mend, so it neither retries nor
 * counts against the breaker. The values are in {@code application.properties}
 * ({@code quarkus.fault-tolerance."smartcity.reporting.agency.GuardedAgencyCalls/changes".*}), where operators override
 * them.
 */
@ApplicationScoped
class GuardedAgencyCalls {

    static final String BREAKER = "agency-service-feed";

    private final AgencyServiceClient client;

    GuardedAgencyCalls(@RestClient AgencyServiceClient client) {
        this.client = client;
    }

    @Timeout
    @Retry(abortOn = FeedNotServed.class)
    @CircuitBreaker(skipOn = FeedNotServed.class)
    @CircuitBreakerName(BREAKER)
    AgencyChangePage changes(long after, int limit) {
        try {
            return client.changes(Long.toString(after), limit);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new FeedNotServed("agency-service", "/agencies/changes");
            }
            throw e;
        }
    }
}
