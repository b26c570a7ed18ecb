package smartcity.reporting.agency;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.feed.FeedCursors;
import smartcity.reporting.feed.Freshness;

/** Each agency change applied from agency-service's feed is recorded once as an {@code agency.changed} webhook event. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class AgencyChangeEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgencyFeedFollower feed;

    @Inject
    FeedCursors cursors;

    @Inject
    EntityManager db;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void anAppliedAgencyChangeIsRecordedOnceEvenWhenItsPageIsReplayed() {
        breakers.resetAll();
        AgencyServiceStandIn.down(false);
        String code = "EVT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID id = AgencyServiceStandIn.register(code, "สำนักงานพลังงานจังหวัดเชียงใหม่", "PROVINCIAL_GOVERNMENT", null, "5001");

        feed.catchUp();
        List<JsonNode> recorded = events(id);
        assertEquals(1, recorded.size());
        assertEquals("REGISTERED", recorded.get(0).path("change").asText());
        assertEquals(code, recorded.get(0).path("agency").path("code").asText());
        assertEquals("ACTIVE", recorded.get(0).path("agency").path("status").asText());

        // the same change again, as a replica or a restart from an older cursor would read it
        long position = cursors.position(Freshness.AGENCY);
        long seq = QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "SELECT feed_seq FROM agency_copy WHERE id = ?1").setParameter(1, id.toString()).getSingleResult()).longValue());
        AgencySummary registered = new AgencySummary(id, code, "สำนักงานพลังงานจังหวัดเชียงใหม่", null, "PROVINCIAL_GOVERNMENT",
                null, "5001", "ACTIVE");
        assertEquals(0, feed.apply(position, new AgencyChangePage(
                List.of(new AgencyChangePage.Change(Long.toString(seq), "REGISTERED", id, registered)), Long.toString(position))));
        assertEquals(1, events(id).size(), "a replayed change is not announced again");

        AgencyServiceStandIn.status(id, "DISSOLVED");
        feed.catchUp();
        recorded = events(id);
        assertEquals(2, recorded.size());
        assertEquals("DISSOLVED", recorded.get(1).path("change").asText());
        assertEquals("DISSOLVED", recorded.get(1).path("agency").path("status").asText());
    }

    private List<JsonNode> events(UUID agencyId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> payloads = db.createNativeQuery("SELECT payload FROM webhook_event WHERE type = 'agency.changed' "
                    + "AND JSON_VALUE(payload, '$.agency.id') = ?1 ORDER BY occurred_at").setParameter(1, agencyId.toString())
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
