package smartcity.committee.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/** The Idempotency-Key header on each of committee-service's eight creates. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyPurge purge;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    /** A create's request: where it posts, and what. */
    private record Request(String path, Map<String, Object> body) {
    }

    /** The eight creates, each with the table its resources are rows of. */
    enum Create {
        DIMENSION("dimension", true) {
            @Override
            Request request() {
                return new Request("/dimensions", Map.of("code", code("DIM"), "nameTh", "ด้านทดสอบ", "nameEn", "Test dimension"));
            }
        },
        PERSON("person", true) {
            @Override
            Request request() {
                return new Request("/people", personBody("นายทดสอบ " + code("P")));
            }
        },
        ASSIGNMENT("assignment", false) {
            @Override
            Request request() {
                Map<String, Object> body = new HashMap<>();
                body.put("dimensionId", created(DIMENSION.request()));
                body.put("agencyId", knownAgency());
                body.put("role", "LEAD");
                body.put("startDate", "2022-06-06");
                return new Request("/assignments", body);
            }
        },
        COMMITTEE("committee", true) {
            @Override
            Request request() {
                return new Request("/committees", Map.of("code", code("CM"), "nameTh", "คณะกรรมการทดสอบ", "level", "PROVINCIAL"));
            }
        },
        SEAT("seat", false) {
            @Override
            Request request() {
                return seatOf(created(COMMITTEE.request()));
            }
        },
        MEMBERSHIP("membership", false) {
            @Override
            Request request() {
                String committee = created(COMMITTEE.request());
                Map<String, Object> body = new HashMap<>();
                body.put("seatId", created(seatOf(committee)));
                body.put("personId", created(PERSON.request()));
                body.put("startDate", "2022-06-06");
                return new Request("/committees/" + committee + "/memberships", body);
            }
        },
        MEETING("meeting", true) {
            @Override
            Request request() {
                return meetingOf(created(COMMITTEE.request()));
            }
        },
        RESOLUTION("resolution", true) {
            @Override
            Request request() {
                String meeting = created(meetingOf(created(COMMITTEE.request())));
                return new Request("/meetings/" + meeting + "/resolutions",
                        Map.of("kind", "ASSIGNMENT", "textTh", "มอบหมายงานให้หน่วยงานที่รับผิดชอบ"));
            }
        };

        final String table;
        /** Whether the created resource has a GET of its own at its Location (seats, memberships and assignments are read as lists). */
        final boolean readable;

        Create(String table, boolean readable) {
            this.table = table;
            this.readable = readable;
        }

        /** A new request of this kind, its prerequisites (committee, seat, person, ...) created without a key. */
        abstract Request request();
    }

    private static String code(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> personBody(String nameTh) {
        return Map.of("honorific", "นาย", "nameTh", nameTh, "positionTh", "ผู้อำนวยการ");
    }

    private static String knownAgency() {
        String id = Tokens.randomId();
        AgencyServiceStandIn.knows(id, "CM-" + id.substring(0, 6).toUpperCase(), "หน่วยงานทดสอบ");
        return id;
    }

    private static Request seatOf(String committee) {
        return new Request("/committees/" + committee + "/seats", Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการ"));
    }

    private static Request meetingOf(String committee) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", "2022-06-06");
        body.put("placeTh", "ศาลากลางจังหวัดเชียงใหม่");
        body.put("chairPersonId", created(Create.PERSON.request()));
        body.put("agenda", List.of("การพัฒนาเมืองอัจฉริยะ"));
        return new Request("/committees/" + committee + "/meetings", body);
    }

    private static String created(Request request) {
        return asSecretariat().contentType("application/json").body(request.body()).when().post(request.path())
                .then().statusCode(201).extract().path("id");
    }

    private static Response post(String token, String key, Request request) {
        return as(token).header(KEY, key).contentType("application/json").body(request.body()).when().post(request.path());
    }

    private long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void retriedCreateWithSameKeyReturnsSameResponseAndCreatesOneResource(Create create) {
        Request request = create.request();
        String key = UUID.randomUUID().toString();
        String token = Tokens.secretariat();
        long before = rows(create.table);

        Response first = post(token, key, request);
        first.then().statusCode(201).header(REPLAYED, nullValue());
        Response retry = post(token, key, request);
        retry.then().statusCode(201).header(REPLAYED, equalTo("true"));

        assertEquals(first.asString(), retry.asString(), "the same body, byte for byte");
        assertNotNull(first.header("Location"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.contentType(), retry.contentType());
        assertEquals(before + 1, rows(create.table), "one " + create.table);
        if (create.readable) {
            given().when().get(first.header("Location")).then().statusCode(200).body("id", equalTo(first.path("id")));
        }
    }

    @Test
    void sameKeyWithDifferentBodyIs422AndWritesNothing() {
        String key = UUID.randomUUID().toString();
        String token = Tokens.secretariat();
        post(token, key, Create.DIMENSION.request()).then().statusCode(201);
        long dimensions = rows("dimension");

        post(token, key, Create.DIMENSION.request())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("status", equalTo(422));
        // nor for another operation
        post(token, key, Create.PERSON.request()).then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(dimensions, rows("dimension"));
    }

    @Test
    void sameKeyAndBodyOnAnotherCommitteeIs422AndAddsNoSeat() {
        String key = UUID.randomUUID().toString();
        String token = Tokens.secretariat();
        Request first = Create.SEAT.request();
        post(token, key, first).then().statusCode(201);
        String other = created(Create.COMMITTEE.request());
        long seats = rows("seat");

        post(token, key, seatOf(other)).then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(seats, rows("seat"));
        given().when().get("/committees/" + other + "/seats").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void concurrentRequestsWithSameKeyCreateOneResource() throws Exception {
        // people have no unique business code: without the key, every request would make one
        Request request = Create.PERSON.request();
        String key = UUID.randomUUID().toString();
        String token = Tokens.secretariat();
        long before = rows("person");
        int requests = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit((Callable<Response>) () -> {
                    // everything but the sending is done before the start, so that the requests arrive together
                    var prepared = as(token).header(KEY, key).contentType("application/json").body(request.body());
                    start.await();
                    return prepared.when().post(request.path());
                }));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            int replayed = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                bodies.add(response.asString() + " at " + response.header("Location"));
                replayed += "true".equals(response.header(REPLAYED)) ? 1 : 0;
            }
            assertEquals(1, bodies.size(), "every answer is the first one's");
            assertEquals(requests - 1, replayed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, rows("person"));
    }

    @Test
    void failedCreateDoesNotConsumeTheKey() {
        // agency-service does not know the agency yet: 400, rolled back
        String agency = Tokens.randomId();
        Map<String, Object> body = new HashMap<>();
        body.put("dimensionId", created(Create.DIMENSION.request()));
        body.put("agencyId", agency);
        body.put("role", "LEAD");
        body.put("startDate", "2022-06-06");
        Request request = new Request("/assignments", body);
        String key = UUID.randomUUID().toString();
        String token = Tokens.secretariat();
        long before = rows("assignment");
        post(token, key, request).then().statusCode(400).body("errors[0].field", equalTo("agencyId"));

        // the same request with the same key, once agency-service knows the agency, is a first request
        AgencyServiceStandIn.knows(agency, "CM-LATE", "หน่วยงานที่เพิ่งลงทะเบียน");
        post(token, key, request).then().statusCode(201).header(REPLAYED, nullValue()).body("agencyId", equalTo(agency));
        assertEquals(before + 1, rows("assignment"));
    }

    @Test
    void keysAreScopedPerCaller() {
        String key = UUID.randomUUID().toString();
        Request first = Create.DIMENSION.request();
        Request second = Create.DIMENSION.request();
        post(Tokens.secretariat(), key, first).then().statusCode(201);
        post(Tokens.admin(), key, second).then().statusCode(201).header(REPLAYED, nullValue())
                .body("code", equalTo(second.body().get("code")));
        post(Tokens.admin(), key, first).then().statusCode(422);
    }

    @Test
    void malformedKeyIsABadRequestNamingTheHeader() {
        long before = rows("committee");
        for (String bad : List.of("", "k".repeat(256), "clé")) {
            Response response = post(Tokens.secretariat(), bad, Create.COMMITTEE.request());
            assertEquals(400, response.statusCode(), "key '" + bad + "'");
            response.then().contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo(KEY));
        }
        assertEquals(before, rows("committee"));
    }

    @Test
    void keyPastItsRetentionIsFreeAgainAndThePurgeDeletesIt() {
        String key = UUID.randomUUID().toString();
        String token = Tokens.secretariat();
        post(token, key, Create.DIMENSION.request()).then().statusCode(201);
        age(key);
        post(token, key, Create.DIMENSION.request()).then().statusCode(201).header(REPLAYED, nullValue());

        String purged = UUID.randomUUID().toString();
        post(token, purged, Create.DIMENSION.request()).then().statusCode(201);
        age(purged);
        assertTrue(purge.purge() >= 1);
        assertEquals(0, records(purged));
        assertEquals(1, records(key));
    }

    @Test
    void openApiDocumentsTheHeaderAndThe422OnEveryCreate() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        document.body("components.parameters.IdempotencyKey.name", equalTo(KEY));
        for (String path : List.of("'/dimensions'", "'/people'", "'/assignments'", "'/committees'", "'/committees/{id}/seats'",
                "'/committees/{id}/memberships'", "'/committees/{id}/meetings'", "'/meetings/{id}/resolutions'")) {
            document.body("paths." + path + ".post.parameters.$ref", hasItem("#/components/parameters/IdempotencyKey"))
                    .body("paths." + path + ".post.responses.'422'.content.'application/problem+json'.schema.$ref",
                            equalTo("#/components/schemas/Problem"))
                    .body("paths." + path + ".post.responses.'201'.headers", org.hamcrest.Matchers.hasKey(REPLAYED));
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
