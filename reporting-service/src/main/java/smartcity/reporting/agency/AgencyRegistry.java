package smartcity.reporting.agency;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import smartcity.reporting.api.ProblemType;

/** The active agencies, read from agency-service page by page, with a timeout, retries and a circuit breaker. */
@ApplicationScoped
public class AgencyRegistry {

    private final AgencyServiceClient client;

    AgencyRegistry(@RestClient AgencyServiceClient client) {
        this.client = client;
    }

    /** Every active agency, or a 503 problem when agency-service cannot say. */
    public List<AgencySummary> activeAgencies() {
        try {
            return fetchAll();
        } catch (RuntimeException e) {
            Log.warnf("agency-service could not list the agencies: %s", e.toString());
            throw new HttpProblem(HttpProblem.builder()
                    .withType(ProblemType.SERVICE_UNAVAILABLE.uri())
                    .withTitle(ProblemType.SERVICE_UNAVAILABLE.title())
                    .withStatus(ProblemType.SERVICE_UNAVAILABLE.status())
                    .withDetail("agency-service does not answer, so the population cannot be taken; nothing was changed.")
                    .withHeader("Retry-After", "10")) { };
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("agency-service")
    List<AgencySummary> fetchAll() {
        List<AgencySummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            AgencyPage result = client.active("ACTIVE", "code", page, 200);
            all.addAll(result.items());
            if (page + 1 >= result.totalPages()) {
                return all;
            }
        }
    }
}
