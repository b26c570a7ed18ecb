package smartcity.reporting.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.feed.FeedNotServed;

/** The agency feed is read through one guarded bean, with the fault-tolerance values of application.properties. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class GuardedAgencyCallsTest {

    @Inject
    AgencyFeedFollower feed;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void serviceAnswers() {
        AgencyServiceStandIn.down(false);
        AgencyServiceStandIn.notFound(false);
        breakers.resetAll();
    }

    @Test
    void aFeedThatIsDownIsRetriedTwiceAndThenOpensTheBreaker() {
        AgencyServiceStandIn.down(true);
        int before = AgencyServiceStandIn.requests();

        assertThrows(RuntimeException.class, feed::catchUp);
        assertEquals(3, AgencyServiceStandIn.requests() - before, "one call and the two retries application.properties names");
        assertThrows(RuntimeException.class, feed::catchUp);
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState(GuardedAgencyCalls.BREAKER));
    }

    @Test
    void aFeedThatIsNotServedIsNeitherRetriedNorCountedAgainstTheBreaker() {
        AgencyServiceStandIn.notFound(true);
        int before = AgencyServiceStandIn.requests();

        for (int i = 0; i < 6; i++) {
            assertThrows(FeedNotServed.class, feed::catchUp);
        }

        assertEquals(6, AgencyServiceStandIn.requests() - before, "no retries");
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(GuardedAgencyCalls.BREAKER));
    }
}
