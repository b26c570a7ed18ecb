package smartcity.reporting.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.reporting.Tokens.as;
import static smartcity.reporting.Tokens.asSecretariat;
import static smartcity.reporting.webhook.WebhookIsolationTest.openRound;
import static smartcity.reporting.webhook.WebhookIsolationTest.plannedRound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.Tokens;

/**
 * A subscription whose receiver keeps failing is suspended by itself (the test profile: after 3 failed attempts in a row,
 * or failing for longer than 24 hours), is told why, receives nothing new while suspended, and its owner resumes it.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class WebhookSuspensionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer receiver;

    @Inject
    WebhookDispatcher dispatcher;

    private final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @AfterEach
    void subscriptionsOfThisTestAreDeleted() {
        subscriptions.forEach(id -> asSecretariat().when().delete("/webhook-subscriptions/" + id));
        subscriptions.clear();
    }

    @Test
    void repeatedFailuresSuspendTheSubscriptionWhichThenReceivesNothingNewUntilItsOwnerResumesIt() throws Exception {
        String agency = Tokens.randomId();
        String owner = Tokens.agencyEditor(agency);
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(500)));
        String id = subscribe(owner, receiver.baseUrl() + path);
        approve(id);
        String round = plannedRound();
        openRound(round);

        dispatcher.dispatch();
        dispatcher.dispatch();
        as(owner).when().get("/webhook-subscriptions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("consecutiveFailures", equalTo(2))
                .body("failingSince", notNullValue())
                .body("suspendedAt", nullValue());

        dispatcher.dispatch(); // the third failed attempt in a row
        as(owner).when().get("/webhook-subscriptions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("suspendedAt", notNullValue())
                .body("suspensionReason", containsString("3 failed attempts in a row"))
                .body("suspensionReason", containsString("status 500"))
                .body("consecutiveFailures", equalTo(3));
        // the owner finds the suspension in the delivery log, as a notice queued for the subscription itself
        as(owner).when().get("/webhook-subscriptions/" + id + "/deliveries")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].eventType", equalTo("webhook-subscription.suspended"))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", empty())
                .body("items[1].eventType", equalTo("survey-round.opened"))
                .body("items[1].attempts.statusCode", equalTo(List.of(500, 500, 500)));

        // the receiver is back, but a suspended subscription is sent nothing: neither what was queued nor what occurs now
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        asSecretariat().when().post("/survey-rounds/" + round + "/closing").then().statusCode(200);
        dispatcher.dispatch();
        assertEquals(3, receiver.findAll(postRequestedFor(urlEqualTo(path))).size());
        as(owner).when().get("/webhook-subscriptions/" + id + "/deliveries").then().body("totalItems", equalTo(2));

        as(Tokens.agencyEditor(Tokens.randomId())).when().post("/webhook-subscriptions/" + id + "/resumption")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        as(owner).when().post("/webhook-subscriptions/" + id + "/resumption")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("suspendedAt", nullValue())
                .body("suspensionReason", nullValue())
                .body("consecutiveFailures", equalTo(0))
                .body("failingSince", nullValue());
        as(owner).when().post("/webhook-subscriptions/" + id + "/resumption")
                .then().statusCode(409).body("type", equalTo("/problems/conflict"));

        dispatcher.dispatch();
        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(5, received.size(), "the queued event again, and the notice of the suspension");
        List<JsonNode> sentAfterResumption = List.of(JSON.readTree(received.get(3).getBody()), JSON.readTree(received.get(4).getBody()));
        assertEquals(List.of("survey-round.opened", "webhook-subscription.suspended"),
                sentAfterResumption.stream().map(event -> event.path("type").asText()).toList());
        JsonNode notice = sentAfterResumption.get(1).path("data");
        assertEquals(id, notice.path("subscriptionId").asText());
        assertEquals(agency, notice.path("agencyId").asText());
        assertTrue(notice.path("reason").asText().contains("3 failed attempts in a row"));
        assertTrue(notice.hasNonNull("suspendedAt"));
        assertFalse(received.stream().anyMatch(r -> r.getBodyAsString().contains("survey-round.closed")),
                "what occurred while it was suspended is never sent");
        as(owner).when().get("/webhook-subscriptions/" + id + "/deliveries")
                .then().body("totalItems", equalTo(2)).body("items.status", equalTo(List.of("DELIVERED", "DELIVERED")));
    }

    @Test
    void aReceiverThatHasFailedForLongerThanTheWindowIsSuspendedBeforeTheCountIsReached() {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        String id = subscribe(Tokens.secretariat(), receiver.baseUrl() + path);
        approve(id);
        openRound(plannedRound());
        dispatcher.dispatch();
        asSecretariat().when().get("/webhook-subscriptions/" + id).then().body("status", equalTo("ACTIVE"))
                .body("consecutiveFailures", equalTo(1));

        // a day and an hour later, it fails again: the second failure in a row, but for longer than the window
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofHours(25)), Clock.class);
        dispatcher.dispatch();
        asSecretariat().when().get("/webhook-subscriptions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("consecutiveFailures", equalTo(2))
                .body("suspensionReason", containsString("longer than PT24H"))
                .body("suspensionReason", containsString("status 503"));
    }

    @Test
    void onlyASuspendedSubscriptionIsResumedAndTheSecretariatMayResumeAnOwnersToo() {
        String agency = Tokens.randomId();
        String owner = Tokens.agencyEditor(agency);
        String id = subscribe(owner, receiver.baseUrl() + "/hooks/" + UUID.randomUUID());
        as(owner).when().post("/webhook-subscriptions/" + id + "/resumption")
                .then().statusCode(409).body("detail", containsString("pending"));
        approve(id);
        as(owner).when().post("/webhook-subscriptions/" + id + "/resumption")
                .then().statusCode(409).body("detail", containsString("active"));

        as(owner).when().post("/webhook-subscriptions/" + id + "/suspension")
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("suspendedAt", notNullValue())
                .body("suspensionReason", equalTo("suspended by editor-" + agency + "@agency.example"));
        as(owner).when().get("/webhook-subscriptions/" + id + "/deliveries")
                .then().body("items[0].eventType", equalTo("webhook-subscription.suspended"));
        asSecretariat().when().post("/webhook-subscriptions/" + id + "/resumption")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("activeSince", notNullValue());
        asSecretariat().when().post("/webhook-subscriptions/" + id + "/resumption").then().statusCode(409);
        as(Tokens.agencyEditor(Tokens.randomId())).when().post("/webhook-subscriptions/" + UUID.randomUUID() + "/resumption")
                .then().statusCode(404);
    }

    private String subscribe(String token, String callbackUrl) {
        String id = as(token).contentType("application/json")
                .body(Map.of("callbackUrl", callbackUrl, "events", List.of("survey-round.opened", "survey-round.closed")))
                .when().post("/webhook-subscriptions")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        subscriptions.add(id);
        return id;
    }

    private static void approve(String id) {
        asSecretariat().when().post("/webhook-subscriptions/" + id + "/approval").then().statusCode(200);
    }
}
