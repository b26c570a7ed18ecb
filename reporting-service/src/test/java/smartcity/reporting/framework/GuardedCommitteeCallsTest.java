package smartcity.reporting.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.feed.FeedNotServed;

/** The committee feed is read through one guarded bean, with the fault-tolerance values of application.properties. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class GuardedCommitteeCallsTest {

    @Inject
    CommitteeFeedFollower feed;

    @Inject
    FrameworkCopies copies;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void serviceAnswers() {
        CommitteeServiceStandIn.down(false);
        CommitteeServiceStandIn.notFound(false);
        breakers.resetAll();
    }

    @Test
    void aFieldOrAKindTheFeedAddsLaterIsIgnored() {
        UUID id = UUID.randomUUID();
        String code = "NEWF_" + id.toString().substring(0, 6).toUpperCase();
        CommitteeServiceStandIn.put("DIMENSION", id, CommitteeServiceStandIn.state("code", code, "nameTh", "ด้านใหม่",
                "displayOrder", 60, "active", true, "colour", "green", "targets", java.util.List.of("a", "b")));
        CommitteeServiceStandIn.put("VACANCY", UUID.randomUUID(), CommitteeServiceStandIn.state("seatId", UUID.randomUUID()));

        feed.catchUp();

        FrameworkCopies.Dimension held = copies.dimension(code).orElseThrow();
        assertEquals("ด้านใหม่", held.name().th());
        assertTrue(held.active());
    }

    @Test
    void aFeedThatIsDownIsRetriedTwiceAndThenOpensTheBreaker() {
        CommitteeServiceStandIn.down(true);
        int before = CommitteeServiceStandIn.requests();

        assertThrows(RuntimeException.class, feed::catchUp);
        assertEquals(3, CommitteeServiceStandIn.requests() - before, "one call and the two retries application.properties names");

        assertThrows(RuntimeException.class, feed::catchUp);
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState(GuardedCommitteeCalls.BREAKER));
        int open = CommitteeServiceStandIn.requests();
        assertThrows(CircuitBreakerOpenException.class, feed::catchUp);
        assertEquals(open, CommitteeServiceStandIn.requests(), "an open breaker fails fast, without a call");
    }

    @Test
    void aFeedThatIsNotServedIsNeitherRetriedNorCountedAgainstTheBreaker() {
        CommitteeServiceStandIn.notFound(true);
        int before = CommitteeServiceStandIn.requests();

        for (int i = 0; i < 6; i++) {
            FeedNotServed failure = assertThrows(FeedNotServed.class, feed::catchUp);
            assertTrue(failure.getMessage().contains("committee-service"), failure.getMessage());
        }

        assertEquals(6, CommitteeServiceStandIn.requests() - before, "no retries");
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(GuardedCommitteeCalls.BREAKER));
        CommitteeServiceStandIn.notFound(false);
        feed.catchUp();
    }
}
