package smartcity.reporting.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.Freshness;

/** An assignment change applied from committee-service's feed is recorded as {@code assignment.changed}, once. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class AssignmentChangeEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CommitteeFeedFollower feed;

    @Inject
    FeedCursors cursors;

    @Inject
    EntityManager db;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void anAssignmentChangeIsRecordedWhenAppliedButNotWhenAnOlderStateArrivesLate() throws Exception {
        breakers.resetAll();
        CommitteeServiceStandIn.down(false);
        UUID id = UUID.randomUUID();
        UUID dimension = UUID.randomUUID();
        UUID agency = UUID.randomUUID();
        CommitteeServiceStandIn.put("ASSIGNMENT", id, CommitteeServiceStandIn.state("dimensionId", dimension, "agencyId", agency,
                "role", "LEAD", "startDate", "2022-06-06", "endDate", null));
        feed.catchUp();
        List<JsonNode> recorded = events(id);
        assertEquals(1, recorded.size());
        assertEquals("LEAD", recorded.get(0).path("assignment").path("role").asText());
        assertEquals(agency.toString(), recorded.get(0).path("assignment").path("agencyId").asText());

        // a late page carrying an older revision changes nothing and announces nothing
        long position = cursors.position(Freshness.COMMITTEE);
        CommitteeChangePage late = JSON.convertValue(Map.of("next", Long.toString(position), "items", List.of(Map.of(
                "cursor", "1", "revision", 1, "kind", "ASSIGNMENT", "id", id.toString(), "change", "UPDATED",
                "data", Map.of("id", id.toString(), "dimensionId", dimension.toString(), "agencyId", agency.toString(),
                        "role", "SUPPORT")))), CommitteeChangePage.class);
        feed.apply(position, late);
        assertEquals(1, events(id).size());

        CommitteeServiceStandIn.delete("ASSIGNMENT", id);
        feed.catchUp();
        recorded = events(id);
        assertEquals(2, recorded.size());
        assertEquals("DELETED", recorded.get(1).path("change").asText());
    }

    private List<JsonNode> events(UUID assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> payloads = db.createNativeQuery("SELECT payload FROM webhook_event WHERE type = 'assignment.changed' "
                    + "AND JSON_VALUE(payload, '$.assignment.id') = ?1 ORDER BY occurred_at").setParameter(1, assignmentId.toString())
                    .getResultList();
            return payloads.stream().map(p -> {
                try {
                    return JSON.readTree(p.toString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        });
    }
}
