package smartcity.reporting.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.reporting.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import smartcity.reporting.Tokens;

/** The Idempotency-Key header on POST /survey-rounds and POST /webhook-subscriptions. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyPurge purge;

    /** The two creates: where they post, a new body each time, and the table their resources are rows of. */
    enum Create {
        SURVEY_ROUND("/survey-rounds", "survey_round", IdempotencyKeyTest::round),
        WEBHOOK_SUBSCRIPTION("/webhook-subscriptions", "webhook_subscription", IdempotencyKeyTest::subscription);

        final String path;
        final String table;
        final Supplier<Map<String, Object>> body;

        Create(String path, String table, Supplier<Map<String, Object>> body) {
            this.path = path;
            this.table = table;
            this.body = body;
        }
    }

    private static Map<String, Object> round() {
        Map<String, Object> round = new HashMap<>();
        round.put("code", "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        round.put("titleTh", "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565");
        round.put("titleEn", "Smart-city work survey, fiscal year 2022");
        round.put("periodStart", "2021-10-01");
        round.put("periodEnd", "2022-09-30");
        round.put("opensOn", "2022-04-01");
        round.put("closesOn", "2022-05-31");
        return round;
    }

    private static Map<String, Object> subscription() {
        return Map.of("callbackUrl", "http://localhost:9/hooks/" + UUID.randomUUID(), "events", List.of("survey-round.opened"),
                "description", "ระบบติดตามของหน่วยงาน");
    }

    private static Response post(String token, String key, String path, Map<String, Object> body) {
        return as(token).header(KEY, key).contentType("application/json").body(body).when().post(path);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void retriedCreateWithSameKeyReturnsSameResponseAndCreatesOneResource(Create create) {
        Map<String, Object> body = create.body.get();
        String key = newKey();
        String token = Tokens.secretariat();
        long before = rows(create.table);

        Response first = post(token, key, create.path, body);
        first.then().statusCode(201).header(REPLAYED, nullValue());
        Response retry = post(token, key, create.path, body);
        retry.then().statusCode(201).header(REPLAYED, equalTo("true"));

        assertEquals(first.asString(), retry.asString(), "the same body, byte for byte");
        assertNotNull(first.header("Location"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.contentType(), retry.contentType());
        assertEquals(before + 1, rows(create.table));
        as(token).when().get(first.header("Location")).then().statusCode(200).body("id", equalTo(first.path("id")));
    }

    @Test
    void retriedSubscriptionGetsTheSameSigningSecret() {
        String key = newKey();
        String token = Tokens.agencyEditor(Tokens.randomId());
        Map<String, Object> body = subscription();
        String secret = post(token, key, Create.WEBHOOK_SUBSCRIPTION.path, body).then().statusCode(201).extract().path("secret");
        // a client that lost the first answer still learns the secret the subscription signs with
        post(token, key, Create.WEBHOOK_SUBSCRIPTION.path, body).then().statusCode(201).body("secret", equalTo(secret));
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void sameKeyWithDifferentBodyIs422AndWritesNothing(Create create) {
        String key = newKey();
        String token = Tokens.secretariat();
        post(token, key, create.path, create.body.get()).then().statusCode(201);
        long before = rows(create.table);

        post(token, key, create.path, create.body.get())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("status", equalTo(422));
        Create other = create == Create.SURVEY_ROUND ? Create.WEBHOOK_SUBSCRIPTION : Create.SURVEY_ROUND;
        post(token, key, other.path, other.body.get()).then().statusCode(422);
        assertEquals(before, rows(create.table));
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void concurrentRequestsWithSameKeyCreateOneResource(Create create) throws Exception {
        Map<String, Object> body = create.body.get();
        String key = newKey();
        String token = Tokens.secretariat();
        long before = rows(create.table);
        int requests = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit((Callable<Response>) () -> {
                    // everything but the sending is done before the start, so that the requests arrive together
                    var prepared = as(token).header(KEY, key).contentType("application/json").body(body);
                    start.await();
                    return prepared.when().post(create.path);
                }));
            }
            start.countDown();
            Set<String> answered = new HashSet<>();
            int replayed = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                answered.add(response.asString() + " at " + response.header("Location"));
                replayed += "true".equals(response.header(REPLAYED)) ? 1 : 0;
            }
            assertEquals(1, answered.size(), "every answer is the first one's");
            assertEquals(requests - 1, replayed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, rows(create.table));
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void failedCreateDoesNotConsumeTheKey(Create create) {
        String key = newKey();
        String token = Tokens.secretariat();
        Map<String, Object> broken = new HashMap<>(create.body.get());
        broken.put(create == Create.SURVEY_ROUND ? "closesOn" : "callbackUrl", create == Create.SURVEY_ROUND ? "2022-03-31" : "ftp://x");
        long before = rows(create.table);
        post(token, key, create.path, broken).then().statusCode(400);

        Map<String, Object> fixed = create.body.get();
        post(token, key, create.path, fixed).then().statusCode(201).header(REPLAYED, nullValue());
        assertEquals(before + 1, rows(create.table));
    }

    @Test
    void keysAreScopedPerCaller() {
        String key = newKey();
        String ownAgency = Tokens.randomId();
        String otherAgency = Tokens.randomId();
        Map<String, Object> body = subscription();
        long before = rows("webhook_subscription");
        post(Tokens.agencyEditor(ownAgency), key, Create.WEBHOOK_SUBSCRIPTION.path, body)
                .then().statusCode(201).body("agencyId", equalTo(ownAgency));
        // another agency's system with the same key and the same body subscribes for itself, not replaying the first
        post(Tokens.agencyEditor(otherAgency), key, Create.WEBHOOK_SUBSCRIPTION.path, body)
                .then().statusCode(201).header(REPLAYED, nullValue()).body("agencyId", equalTo(otherAgency));
        assertEquals(before + 2, rows("webhook_subscription"));
    }

    @Test
    void malformedKeyIsABadRequestNamingTheHeader() {
        long before = rows("survey_round");
        for (String bad : List.of("", "k".repeat(256), "clé")) {
            Response response = post(Tokens.secretariat(), bad, Create.SURVEY_ROUND.path, round());
            assertEquals(400, response.statusCode(), "key '" + bad + "'");
            response.then().contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo(KEY));
        }
        assertEquals(before, rows("survey_round"));
    }

    @Test
    void keyPastItsRetentionIsFreeAgainAndThePurgeDeletesIt() {
        String key = newKey();
        String token = Tokens.secretariat();
        post(token, key, Create.SURVEY_ROUND.path, round()).then().statusCode(201);
        age(key);
        post(token, key, Create.SURVEY_ROUND.path, round()).then().statusCode(201).header(REPLAYED, nullValue());

        String purged = newKey();
        post(token, purged, Create.SURVEY_ROUND.path, round()).then().statusCode(201);
        age(purged);
        assertTrue(purge.purge() >= 1);
        assertEquals(0, records(purged));
        assertEquals(1, records(key));
    }

    @Test
    void openApiDocumentsTheHeaderAndThe422OnBothCreates() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        document.body("components.parameters.IdempotencyKey.name", equalTo(KEY));
        for (Create create : Create.values()) {
            String operation = "paths.'" + create.path + "'.post";
            document.body(operation + ".parameters.$ref", hasItem("#/components/parameters/IdempotencyKey"))
                    .body(operation + ".responses.'422'.content.'application/problem+json'.schema.$ref",
                            equalTo("#/components/schemas/Problem"))
                    .body(operation + ".responses.'201'.headers", org.hamcrest.Matchers.hasKey(REPLAYED));
        }
    }

    private void age(String key) {
        int updated = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("UPDATE idempotency_record SET created_at = created_at - INTERVAL 25 HOUR WHERE idempotency_key = ?1")
                .setParameter(1, key).executeUpdate());
        assertNotEquals(0, updated);
    }

    private long records(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue());
    }
}
