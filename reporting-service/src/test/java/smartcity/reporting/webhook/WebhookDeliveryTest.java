package smartcity.reporting.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.reporting.Tokens.asSecretariat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;

/** Events reach subscribed receivers signed, are retried when a receiver fails, and never hold up the writes. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer receiver;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    CircuitBreakerMaintenance breakers;

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

    @BeforeEach
    void twoAgenciesAreRegistered() {
        breakers.resetAll();
        AgencyServiceStandIn.down(false);
        receiver.resetAll();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        AgencyServiceStandIn.register("WH-A-" + suffix, "หน่วยงานทดสอบเว็บฮุก ก", "PROVINCIAL_GOVERNMENT", null, "5001");
        AgencyServiceStandIn.register("WH-B-" + suffix, "หน่วยงานทดสอบเว็บฮุก ข", "PROVINCIAL_GOVERNMENT", null, "5013");
    }

    @AfterEach
    void subscriptionsOfThisTestAreDeleted() {
        subscriptions.forEach(id -> asSecretariat().when().delete("/webhook-subscriptions/" + id));
        subscriptions.clear();
    }

    @Test
    void aRoundOpeningArrivesSignedWithTheSubscriptionSecret() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        JsonPath subscription = subscribe(receiver.baseUrl() + path, List.of("survey-round.opened"));
        approve(subscription.getString("id"));
        String round = plannedRound();
        int surveyed = asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening")
                .then().statusCode(200).extract().path("surveyed");

        dispatcher.dispatch();

        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(1, received.size(), "one callback for the one event subscribed to");
        LoggedRequest callback = received.get(0);
        byte[] body = callback.getBody();
        String timestamp = callback.getHeader("Webhook-Timestamp");
        assertEquals("v1=" + hmac(subscription.getString("secret"), timestamp + "." + new String(body, StandardCharsets.UTF_8)),
                callback.getHeader("Webhook-Signature"));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300, "a current timestamp");
        assertTrue(callback.getHeader("Content-Type").startsWith("application/json"));
        JsonNode event = JSON.readTree(body);
        assertEquals(callback.getHeader("Webhook-Id"), event.path("id").asText());
        assertEquals("survey-round.opened", event.path("type").asText());
        assertTrue(event.hasNonNull("occurredAt"));
        assertEquals(round, event.path("data").path("roundId").asText());
        assertEquals("OPEN", event.path("data").path("status").asText());
        assertEquals("สำรวจการดำเนินงานเมืองอัจฉริยะ", event.path("data").path("titleTh").asText());
        assertEquals(surveyed, event.path("data").path("surveyed").asInt());

        asSecretariat().when().get("/webhook-subscriptions/" + subscription.getString("id") + "/deliveries")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].eventId", equalTo(event.path("id").asText()))
                .body("items[0].eventType", equalTo("survey-round.opened"))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", hasSize(1))
                .body("items[0].attempts[0].statusCode", equalTo(204));
    }

    @Test
    void aFailingReceiverIsRetriedUntilItAnswers() {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        String subscription = subscribe(receiver.baseUrl() + path, List.of("survey-round.opened")).getString("id");
        approve(subscription);
        openRound(plannedRound());

        dispatcher.dispatch();
        asSecretariat().when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then().body("items[0].status", equalTo("PENDING"))
                .body("items[0].nextAttemptAt", notNullValue())
                .body("items[0].attempts.statusCode", equalTo(List.of(500)));
        dispatcher.dispatch();

        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(2, received.size());
        assertEquals(received.get(0).getHeader("Webhook-Id"), received.get(1).getHeader("Webhook-Id"),
                "a retry carries the same event id, so a receiver can tell a duplicate");
        asSecretariat().when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].deliveredAt", notNullValue())
                .body("items[0].attempts.statusCode", equalTo(List.of(500, 200)));
    }

    @Test
    void aDeadReceiverDoesNotHoldUpOpeningOrClosingARound() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String subscription = subscribe("http://127.0.0.1:" + closedPort + "/hooks",
                List.of("survey-round.opened", "survey-round.closed")).getString("id");
        approve(subscription);
        String round = plannedRound();

        long start = System.nanoTime();
        openRound(round);
        asSecretariat().when().post("/survey-rounds/" + round + "/closing")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "the writes answer without waiting for a receiver");

        // a failure ends the subscription's turn: one attempt per pass, the delivery waiting longest first
        dispatcher.dispatch();
        dispatcher.dispatch();
        asSecretariat().when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.eventType", org.hamcrest.Matchers.containsInAnyOrder("survey-round.opened", "survey-round.closed"))
                .body("items.status", equalTo(List.of("PENDING", "PENDING")))
                .body("items[0].attempts", hasSize(1))
                .body("items[1].attempts", hasSize(1))
                .body("items[0].attempts[0].statusCode", nullValue())
                .body("items[0].attempts[0].error", equalTo("connection refused or unreachable"));
    }

    @Test
    void aPendingSubscriptionReceivesNothingEvenAfterItIsApproved() {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        String subscription = subscribe(receiver.baseUrl() + path,
                List.of("agency.changed", "assignment.changed", "survey-round.opened", "survey-round.closed")).getString("id");
        String round = plannedRound();
        openRound(round);

        dispatcher.dispatch();
        assertEquals(0, receiver.findAll(postRequestedFor(urlEqualTo(path))).size());

        // approval does not send what occurred before it
        approve(subscription);
        dispatcher.dispatch();
        assertEquals(0, receiver.findAll(postRequestedFor(urlEqualTo(path))).size());
        asSecretariat().when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).body("totalItems", equalTo(0));

        // what occurs once it is active is sent
        asSecretariat().when().post("/survey-rounds/" + round + "/closing").then().statusCode(200);
        dispatcher.dispatch();
        assertEquals(1, receiver.findAll(postRequestedFor(urlEqualTo(path))).size());
    }

    private JsonPath subscribe(String callbackUrl, List<String> events) {
        JsonPath created = asSecretariat().contentType("application/json")
                .body(Map.of("callbackUrl", callbackUrl, "events", events, "description", "ผู้รับทดสอบ / test receiver"))
                .when().post("/webhook-subscriptions")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath();
        subscriptions.add(created.getString("id"));
        return created;
    }

    private static void approve(String subscription) {
        asSecretariat().when().post("/webhook-subscriptions/" + subscription + "/approval")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    private static String plannedRound() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "titleTh", "สำรวจการดำเนินงานเมืองอัจฉริยะ", "periodStart", "2021-10-01", "periodEnd", "2022-09-30",
                        "opensOn", "2022-04-01", "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
    }

    private static void openRound(String round) {
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
    }

    private static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
