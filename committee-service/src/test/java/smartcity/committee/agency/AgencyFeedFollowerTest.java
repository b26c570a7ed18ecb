package smartcity.committee.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import smartcity.committee.feed.FeedCursor;
import smartcity.committee.feed.FeedCursors;
import smartcity.committee.feed.Freshness;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class AgencyFeedFollowerTest {

    @Inject
    AgencyFeedFollower follower;

    @Inject
    FeedCursors cursors;

    @Inject
    AgencyDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    private static String event(long seq, String type, UUID id, String nameTh, String status) {
        return "{\"cursor\":\"" + seq + "\",\"type\":\"" + type + "\",\"occurredAt\":\"2022-06-06T02:30:00Z\",\"id\":\"" + id
                + "\",\"actor\":\"secretariat@local\",\"data\":{\"id\":\"" + id + "\",\"code\":\"CM-" + seq + "\",\"nameTh\":\""
                + nameTh + "\",\"nameEn\":null,\"status\":\"" + status + "\",\"version\":1}}";
    }

    private static void feed(long after, String next, String... events) {
        AgencyServiceStandIn.server().stubFor(get(urlPathEqualTo("/agencies/changes")).withQueryParam("after", equalTo(Long.toString(after)))
                .willReturn(okJson("{\"items\":[" + String.join(",", events) + "],\"next\":\"" + next + "\"}")));
    }

    @Test
    void followsTheFeedResumesFromItsStoredCursorAndAppliesIdempotently() {
        long start = cursors.position(Freshness.AGENCY);
        UUID office = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        feed(start, Long.toString(start + 3),
                event(start + 1, "AGENCY_CREATED", office, "สำนักงานเดิม", "ACTIVE"),
                event(start + 2, "AGENCY_CREATED", merged, "หน่วยงานที่จะถูกรวม", "ACTIVE"),
                event(start + 3, "AGENCY_UPDATED", office, "สำนักงานชื่อใหม่", "ACTIVE"));
        feed(start + 3, Long.toString(start + 4), event(start + 4, "AGENCY_MERGED", merged, "หน่วยงานที่จะถูกรวม", "MERGED"));
        feed(start + 4, Long.toString(start + 4));

        Assertions.assertEquals(4, follower.catchUp());
        Assertions.assertEquals(start + 4, cursors.position(Freshness.AGENCY), "the cursor is stored after the last applied event");
        Assertions.assertEquals("สำนักงานชื่อใหม่", directory.known(office).orElseThrow().nameTh());
        Assertions.assertEquals("MERGED", directory.known(merged).orElseThrow().status());

        // nothing new: nothing applied, the cursor stays
        Assertions.assertEquals(0, follower.catchUp());
        Assertions.assertEquals(start + 4, cursors.position(Freshness.AGENCY));
    }

    @Test
    void anEventOlderThanTheCopyChangesNothing() {
        long start = cursors.position(Freshness.AGENCY);
        UUID office = UUID.randomUUID();
        feed(start, Long.toString(start + 2),
                event(start + 2, "AGENCY_UPDATED", office, "ชื่อล่าสุด", "ACTIVE"));
        feed(start + 2, Long.toString(start + 2));
        follower.catchUp();

        // the same page delivered again (a replica that read it before the cursor moved): applying it changes nothing
        AgencyChangePage stale = new AgencyChangePage(java.util.List.of(new AgencyChangePage.Change(Long.toString(start + 1),
                "AGENCY_UPDATED", office, new AgencyRef(office, "CM-X", "ชื่อเก่า", null, "ACTIVE"))), Long.toString(start + 1));
        Assertions.assertEquals(0, follower.apply(start, stale), "a page read at an old cursor is not applied");
        Assertions.assertEquals("ชื่อล่าสุด", directory.known(office).orElseThrow().nameTh());
    }

    @Test
    void aFeedThatCannotBeReadIsRecordedOnTheCursorWhichStaysWhereItWas() {
        breakers.resetAll();
        long start = cursors.position(Freshness.AGENCY);
        AgencyServiceStandIn.server().stubFor(get(urlPathEqualTo("/agencies/changes"))
                .withQueryParam("after", equalTo(Long.toString(start))).willReturn(serviceUnavailable()));

        Assertions.assertThrows(RuntimeException.class, follower::catchUp);
        FeedCursor cursor = QuarkusTransaction.requiringNew().call(() -> cursors.findById(Freshness.AGENCY));
        Assertions.assertEquals(start, cursor.position());
        Assertions.assertNotNull(cursor.failedAt());
        Assertions.assertTrue(cursor.lastError().contains("503"), cursor.lastError());

        // it answers again: read to its end, the failure stays on record until then and is cleared
        feed(start, Long.toString(start));
        Assertions.assertEquals(0, follower.catchUp());
        cursor = QuarkusTransaction.requiringNew().call(() -> cursors.findById(Freshness.AGENCY));
        Assertions.assertNull(cursor.lastError());
        Assertions.assertNull(cursor.failedAt());
        breakers.resetAll();
    }
}
