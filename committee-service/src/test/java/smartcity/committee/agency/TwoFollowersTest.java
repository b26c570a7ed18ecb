package smartcity.committee.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import smartcity.committee.feed.FeedCursors;
import smartcity.committee.feed.Freshness;

/**
 * Two replicas follow agency-service's feed against one database at the same time (two consumers on two threads,
 * sharing nothing but the database, as two pods would): every change is applied exactly once, none is lost, and both
 * end at the feed's end with the copy equal to the source.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class TwoFollowersTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/q/metrics", management = true)
    java.net.URL managementMetrics;

    private static final int AGENCIES = 30;

    @Inject
    AgencyFeedFollower follower;

    @Inject
    FeedCursors cursors;

    @Inject
    AgencyDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    private static String event(long seq, String type, UUID id, String nameTh) {
        return "{\"cursor\":\"" + seq + "\",\"type\":\"" + type + "\",\"occurredAt\":\"2022-06-06T02:30:00Z\",\"id\":\"" + id
                + "\",\"data\":{\"id\":\"" + id + "\",\"code\":\"CM-R" + seq + "\",\"nameTh\":\"" + nameTh
                + "\",\"nameEn\":null,\"status\":\"ACTIVE\",\"version\":1}}";
    }

    @Test
    void twoReplicasFollowingTogetherApplyEveryChangeExactlyOnce() throws Exception {
        breakers.resetAll();
        long start = cursors.position(Freshness.AGENCY);
        List<UUID> ids = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < AGENCIES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            events.add(event(start + events.size() + 1, "AGENCY_CREATED", id, "ชื่อแรก " + i));
        }
        for (int i = 0; i < AGENCIES; i++) {
            events.add(event(start + events.size() + 1, "AGENCY_UPDATED", ids.get(i), "ชื่อสุดท้าย " + i));
        }
        // the feed answers from any position, at most 7 changes a page, so the replicas race over many pages
        for (int after = 0; after <= events.size(); after++) {
            List<String> page = events.subList(after, Math.min(after + 7, events.size()));
            long next = start + after + page.size();
            AgencyServiceStandIn.server().stubFor(get(urlPathEqualTo("/agencies/changes"))
                    .withQueryParam("after", equalTo(Long.toString(start + after)))
                    .willReturn(okJson("{\"items\":[" + String.join(",", page) + "],\"next\":\"" + next + "\"}")));
        }
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        Callable<Integer> replica = () -> {
            // a scheduled run has a request context; so does each replica here
            var context = io.quarkus.arc.Arc.container().requestContext();
            context.activate();
            try {
                int applied = 0;
                while (cursors.position(Freshness.AGENCY) < start + events.size()) {
                    applied += follower.catchUp();
                }
                return applied;
            } finally {
                context.terminate();
            }
        };
        List<Future<Integer>> results = replicas.invokeAll(List.of(replica, replica));
        replicas.shutdown();
        int first = results.get(0).get();
        int second = results.get(1).get();

        Assertions.assertEquals(events.size(), first + second,
                "each change applied once in all (replica one " + first + ", replica two " + second + ")");
        Assertions.assertEquals(start + events.size(), cursors.position(Freshness.AGENCY));
        for (int i = 0; i < AGENCIES; i++) {
            Assertions.assertEquals("ชื่อสุดท้าย " + i, directory.known(ids.get(i)).orElseThrow().nameTh());
        }

        // read to its end: the lag gauge starts from now, and the position gauge is the cursor
        Assertions.assertEquals(0, follower.catchUp());
        String metrics = io.restassured.RestAssured.given().port(managementMetrics.getPort()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher lag = java.util.regex.Pattern
                .compile("(?m)^smartcity_feed_lag_seconds\\{feed=\"agency\"[^}]*\\} ([0-9.eE+-]+)$").matcher(metrics);
        java.util.regex.Matcher position = java.util.regex.Pattern
                .compile("(?m)^smartcity_feed_position\\{feed=\"agency\"[^}]*\\} ([0-9.eE+-]+)$").matcher(metrics);
        Assertions.assertTrue(lag.find() && position.find(), "the feed gauges are published");
        Assertions.assertTrue(Double.parseDouble(lag.group(1)) < 5, "just read: " + lag.group(1));
        Assertions.assertEquals(start + events.size(), (long) Double.parseDouble(position.group(1)));
    }
}
