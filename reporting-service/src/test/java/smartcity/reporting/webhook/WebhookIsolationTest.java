package smartcity.reporting.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.reporting.Tokens.asSecretariat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;

/**
 * One receiver's trouble stays its own: a receiver that answers 200 and then drips its body, and subscriptions the sender
 * cannot even call, are each recorded as a failed attempt, while the healthy subscribers beside them are served at once.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class WebhookIsolationTest {

    /** The test profile's smartcity.webhooks.total-timeout. */
    private static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(5);

    private static WireMockServer receiver;
    private static HttpServer dripping;
    private static ExecutorService drippingThreads;
    private static final AtomicInteger DRIPPING_REQUESTS = new AtomicInteger();

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSubscriptionRepository repository;

    @Inject
    EntityManager db;

    private final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void startReceivers() throws IOException {
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
        // answers 200 with Content-Length: 1000 at once, then sends one byte every 2 seconds
        dripping = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        drippingThreads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "dripping-receiver");
            thread.setDaemon(true);
            return thread;
        });
        dripping.setExecutor(drippingThreads);
        dripping.createContext("/drip", exchange -> {
            DRIPPING_REQUESTS.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 1000);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    body.write('x');
                    body.flush();
                    Thread.sleep(2000);
                }
            } catch (IOException | InterruptedException e) {
                // the caller gave up
            }
        });
        dripping.start();
    }

    @AfterAll
    static void stopReceivers() {
        receiver.stop();
        dripping.stop(0);
        drippingThreads.shutdownNow();
    }

    @AfterEach
    void subscriptionsOfThisTestAreDeleted() {
        subscriptions.forEach(id -> asSecretariat().when().delete("/webhook-subscriptions/" + id));
        subscriptions.clear();
    }

    @Test
    void aDrippingReceiverAndUncallableSubscriptionsHoldUpNoOtherSubscriber() throws Exception {
        List<String> healthyPaths = new ArrayList<>();
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String path = "/hooks/" + UUID.randomUUID();
            receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
            healthyPaths.add(path);
            healthy.add(activeSubscription(receiver.baseUrl() + path));
        }
        String drip = activeSubscription("http://127.0.0.1:" + dripping.getAddress().getPort() + "/drip");
        // a port no socket can have: subscribing refuses it now, so the row is written directly, as one made before that was
        String poison = insertedActiveSubscription("http://127.0.0.1:99999/hooks/poison");
        // a row the sender cannot sign (an empty secret): any failure of one delivery must stay that delivery's
        String unsignable = insertedActiveSubscription(receiver.baseUrl() + "/hooks/unsignable");
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("UPDATE webhook_subscription SET secret = '' WHERE id = ?1")
                .setParameter(1, unsignable).executeUpdate());
        openRound(plannedRound());
        int drippingBefore = DRIPPING_REQUESTS.get();

        long start = System.nanoTime();
        CompletableFuture<Integer> pass = CompletableFuture.supplyAsync(dispatcher::dispatch);
        boolean delivered = within(Duration.ofSeconds(15), () -> healthyPaths.stream()
                .allMatch(path -> receiver.findAll(postRequestedFor(urlEqualTo(path))).size() == 1));
        long healthyMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(delivered, "every healthy subscriber received the event");
        assertTrue(healthyMillis < 3_500, "the healthy subscribers were served in " + healthyMillis
                + " ms, not after the dripping receiver's " + TOTAL_TIMEOUT.toMillis() + " ms");

        pass.get(TOTAL_TIMEOUT.toSeconds() + 20, TimeUnit.SECONDS);
        assertEquals(drippingBefore + 1, DRIPPING_REQUESTS.get());
        JsonPath dripped = deliveries(drip);
        assertEquals("PENDING", dripped.getString("items[0].status"), "the dripping receiver's delivery is retried later");
        assertNull(dripped.get("items[0].attempts[0].statusCode"), "no status: the answer never completed");
        assertEquals("no complete answer within " + TOTAL_TIMEOUT.toMillis() + " ms", dripped.getString("items[0].attempts[0].error"));
        long dripMillis = dripped.getLong("items[0].attempts[0].durationMs");
        assertTrue(dripMillis >= TOTAL_TIMEOUT.toMillis() && dripMillis < TOTAL_TIMEOUT.toMillis() + 3_000,
                "the attempt ended at the total timeout, after " + dripMillis + " ms");

        asSecretariat().when().get("/webhook-subscriptions/" + poison + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", hasSize(1))
                .body("items[0].attempts[0].statusCode", nullValue())
                .body("items[0].attempts[0].error", startsWith("callback URL refused: must have a port from 1 to 65535"));
        asSecretariat().when().get("/webhook-subscriptions/" + unsignable + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", hasSize(1))
                .body("items[0].attempts[0].statusCode", nullValue())
                .body("items[0].attempts[0].error", equalTo("the request could not be made"));
        for (String subscription : healthy) {
            asSecretariat().when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                    .then().statusCode(200)
                    .body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].attempts.statusCode", equalTo(List.of(204)));
        }
    }

    @Test
    void newEventsAreFannedOutAndServedWhileADrippingAttemptIsInFlightAndItsSubscriptionWaitsItsTurn() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        List<String> both = List.of("survey-round.opened", "survey-round.closed");
        activeSubscription(receiver.baseUrl() + path, both);
        String drip = activeSubscription("http://127.0.0.1:" + dripping.getAddress().getPort() + "/drip", both);
        String round = plannedRound();
        openRound(round);
        int drippingBefore = DRIPPING_REQUESTS.get();

        long start = System.nanoTime();
        // the scheduled run: it fans out and starts the turns, and returns without waiting for any receiver
        CompletableFuture.runAsync(dispatcher::run).get(3, TimeUnit.SECONDS);
        assertTrue(within(Duration.ofSeconds(3), () -> receiver.findAll(postRequestedFor(urlEqualTo(path))).size() == 1));

        // an event that occurs while the dripping attempt is still in flight is fanned out and delivered at once
        asSecretariat().when().post("/survey-rounds/" + round + "/closing").then().statusCode(200);
        CompletableFuture.runAsync(dispatcher::run).get(3, TimeUnit.SECONDS);
        assertTrue(within(Duration.ofSeconds(3), () -> receiver.findAll(postRequestedFor(urlEqualTo(path))).size() == 2));
        assertTrue(receiver.findAll(postRequestedFor(urlEqualTo(path))).get(1).getBodyAsString().contains("survey-round.closed"));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsed < TOTAL_TIMEOUT.toMillis(), "all this within the dripping attempt's " + TOTAL_TIMEOUT.toMillis()
                + " ms, not after it: " + elapsed + " ms");

        // the dripping subscription has one attempt in flight, and its other delivery waits for it
        assertEquals(drippingBefore + 1, DRIPPING_REQUESTS.get());
        JsonPath waiting = deliveries(drip);
        assertEquals(2, waiting.getInt("totalItems"));
        assertEquals(List.of(0, 0), waiting.getList("items.collect { it.attempts.size() }"));
        assertTrue(within(TOTAL_TIMEOUT.plusSeconds(5), () -> deliveries(drip).getList("items.attempts.flatten().error")
                .contains("no complete answer within " + TOTAL_TIMEOUT.toMillis() + " ms")), "the dripping attempt ends");
        assertEquals(drippingBefore + 1, DRIPPING_REQUESTS.get(), "a failure ends the turn: the next delivery waits for a later one");
    }

    private String activeSubscription(String callbackUrl) {
        return activeSubscription(callbackUrl, List.of("survey-round.opened"));
    }

    private String activeSubscription(String callbackUrl, List<String> events) {
        String id = asSecretariat().contentType("application/json")
                .body(Map.of("callbackUrl", callbackUrl, "events", events))
                .when().post("/webhook-subscriptions")
                .then().statusCode(201).extract().path("id");
        subscriptions.add(id);
        asSecretariat().when().post("/webhook-subscriptions/" + id + "/approval").then().statusCode(200);
        return id;
    }

    /** Written as it is, past the checks of subscribing. */
    private String insertedActiveSubscription(String callbackUrl) {
        WebhookSubscription subscription = WebhookSubscription.request(null, callbackUrl,
                EnumSet.of(WebhookEventType.SURVEY_ROUND_OPENED), "written directly", "test");
        subscription.approve(Instant.now(), "test");
        QuarkusTransaction.requiringNew().run(() -> repository.persist(subscription));
        subscriptions.add(subscription.id().toString());
        return subscription.id().toString();
    }

    private static JsonPath deliveries(String subscription) {
        return asSecretariat().when().get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Waits, a bounded time, for something the dispatcher does on its own threads. */
    static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(25);
        }
        return condition.getAsBoolean();
    }

    static String plannedRound() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "titleTh", "สำรวจการดำเนินงานเมืองอัจฉริยะ", "periodStart", "2021-10-01", "periodEnd", "2022-09-30",
                        "opensOn", "2022-04-01", "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
    }

    static void openRound(String round) {
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
    }
}
