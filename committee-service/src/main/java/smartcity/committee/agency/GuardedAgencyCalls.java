package smartcity.committee.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * The calls to agency-service with their fault tolerance: a timeout always, retries (they are safe reads), and one
 * circuit breaker, so that a neighbour that is down costs a fast failure instead of a wait on every request. An
 * unknown agency is an answer, not a failure: it neither retries nor counts against the breaker.
 */
@ApplicationScoped
class GuardedAgencyCalls {

    static final String BREAKER = "agency-service";

    private final AgencyServiceClient client;

    GuardedAgencyCalls(@RestClient AgencyServiceClient client) {
        this.client = client;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = UnknownAgency.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = UnknownAgency.class)
    @CircuitBreakerName(BREAKER)
    AgencyRef agency(UUID id) {
        try {
            return client.agency(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new UnknownAgency(id);
            }
            throw e;
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(BREAKER + "-feed")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    AgencyChangePage changes(long after, int limit) {
        return client.changes(Long.toString(after), limit);
    }

    static final class UnknownAgency extends RuntimeException {
        UnknownAgency(UUID id) {
            super("agency-service knows no agency " + id, null, false, false);
        }
    }
}
