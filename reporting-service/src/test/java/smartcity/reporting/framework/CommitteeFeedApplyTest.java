package smartcity.reporting.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.Freshness;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class CommitteeFeedApplyTest {

    @Inject
    CommitteeFeedFollower feed;

    @Inject
    FeedCursors cursors;

    @Inject
    FrameworkCopies copies;

    @Inject
    CircuitBreakerMaintenance breakers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOlderStateOfARecordNeverOverwritesTheNewerOneItHolds() throws Exception {
        breakers.resetAll();
        CommitteeServiceStandIn.down(false);
        UUID id = UUID.randomUUID();
        String code = "OLD_" + id.toString().substring(0, 6).toUpperCase();
        CommitteeServiceStandIn.put("DIMENSION", id, CommitteeServiceStandIn.state("code", code, "nameTh", "ชื่อแรก",
                "displayOrder", 50, "active", true));
        CommitteeServiceStandIn.put("DIMENSION", id, CommitteeServiceStandIn.state("code", code, "nameTh", "ชื่อล่าสุด",
                "displayOrder", 50, "active", true));
        feed.catchUp();
        long position = cursors.position(Freshness.COMMITTEE);
        // a page delivered late (by a replica, or a retried request) carries the first state again, with its revision
        CommitteeChangePage late = json.convertValue(Map.of("next", Long.toString(position), "items", java.util.List.of(Map.of(
                "cursor", "1", "revision", 1, "kind", "DIMENSION", "id", id.toString(), "change", "UPDATED",
                "data", Map.of("id", id.toString(), "code", code, "nameTh", "ชื่อแรก", "displayOrder", 50,
                        "active", false)))), CommitteeChangePage.class);
        feed.apply(position, late);
        FrameworkCopies.Dimension held = copies.dimension(code).orElseThrow();
        Assertions.assertEquals("ชื่อล่าสุด", held.name().th());
        Assertions.assertTrue(held.active());
        // a page read from a cursor that has moved on since is not applied at all
        Assertions.assertEquals(0, feed.apply(position - 1, late));
    }
}
