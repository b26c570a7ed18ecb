package smartcity.agency.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.agency.AgencyFixtures.provincialOffice;
import static smartcity.agency.AgencyFixtures.uniqueCode;
import static smartcity.agency.Tokens.as;
import static smartcity.agency.Tokens.asSecretariat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;
import smartcity.agency.Tokens;

/** The Idempotency-Key header on POST /agencies and POST /agencies/import. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";
    private static final String CSV_HEADER = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyPurge purge;

    private static Response register(String token, String key, Map<String, Object> body) {
        return as(token).header(KEY, key).contentType(ContentType.JSON).body(body).when().post("/agencies");
    }

    private static int agenciesWithCode(String code) {
        return asSecretariat().queryParam("q", code).when().get("/agencies").then().statusCode(200).extract().path("totalItems");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    @Test
    void retriedCreateWithSameKeyReturnsSameResponseAndCreatesOneAgency() {
        String code = uniqueCode("IDEM");
        String key = newKey();
        Map<String, Object> body = provincialOffice(code, "สำนักงานทดสอบการส่งซ้ำ");
        String token = Tokens.secretariat();

        Response first = register(token, key, body);
        first.then().statusCode(201).header(REPLAYED, nullValue()).body("code", equalTo(code));
        Response retry = register(token, key, body);
        retry.then().statusCode(201).header(REPLAYED, equalTo("true"));

        assertEquals(first.asString(), retry.asString(), "the same body, byte for byte");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.contentType(), retry.contentType());
        assertEquals(1, agenciesWithCode(code));
        asSecretariat().when().get(first.header("Location")).then().statusCode(200).body("nameTh", equalTo("สำนักงานทดสอบการส่งซ้ำ"));
    }

    @Test
    void sameKeyWithDifferentBodyIs422AndWritesNothing() {
        String key = newKey();
        String token = Tokens.secretariat();
        register(token, key, provincialOffice(uniqueCode("IDEM-A"), "สำนักงานแรก")).then().statusCode(201);

        String otherCode = uniqueCode("IDEM-B");
        register(token, key, provincialOffice(otherCode, "สำนักงานที่สอง"))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("title", equalTo("Idempotency key reused"))
                .body("status", equalTo(422));
        assertEquals(0, agenciesWithCode(otherCode));

        // the same key for another operation is a different request too
        String importedCode = uniqueCode("IDEM-C");
        as(token).header(KEY, key).contentType("text/csv").body(CSV_HEADER + importedCode + ",สำนักงาน,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n")
                .when().post("/agencies/import")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(0, agenciesWithCode(importedCode));
    }

    @Test
    void concurrentRequestsWithSameKeyCreateOneResource() throws Exception {
        String code = uniqueCode("IDEM-RACE");
        String key = newKey();
        Map<String, Object> body = provincialOffice(code, "สำนักงานทดสอบพร้อมกัน");
        String token = Tokens.secretariat();
        int requests = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit((Callable<Response>) () -> {
                    // everything but the sending is done before the start, so that the requests arrive together
                    var request = as(token).header(KEY, key).contentType(ContentType.JSON).body(body);
                    start.await();
                    return request.when().post("/agencies");
                }));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            Set<String> locations = new HashSet<>();
            int replayed = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                bodies.add(response.asString());
                locations.add(response.header("Location"));
                replayed += "true".equals(response.header(REPLAYED)) ? 1 : 0;
            }
            assertEquals(1, bodies.size(), "every answer is the first one's");
            assertEquals(1, locations.size());
            assertEquals(requests - 1, replayed, "all but the first are replays");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, agenciesWithCode(code));
    }

    @Test
    void failedCreateDoesNotConsumeTheKey() {
        String key = newKey();
        String token = Tokens.secretariat();
        String code = uniqueCode("IDEM-FAIL");
        Map<String, Object> broken = provincialOffice(code, " ");
        register(token, key, broken).then().statusCode(400).body("type", equalTo("/problems/validation"));

        // a conflict rolls back too
        String taken = uniqueCode("IDEM-TAKEN");
        register(Tokens.secretariat(), newKey(), provincialOffice(taken, "สำนักงานเดิม")).then().statusCode(201);
        register(token, key, provincialOffice(taken, "สำนักงานซ้ำ")).then().statusCode(409);

        // the key was never stored, so a different request with it is a first request, not a 422
        register(token, key, provincialOffice(code, "สำนักงานที่ถูกต้อง"))
                .then().statusCode(201).header(REPLAYED, nullValue()).body("nameTh", equalTo("สำนักงานที่ถูกต้อง"));
        assertEquals(1, agenciesWithCode(code));
    }

    @Test
    void keysAreScopedPerCaller() {
        String key = newKey();
        String first = uniqueCode("IDEM-SEC");
        String second = uniqueCode("IDEM-ADM");
        register(Tokens.secretariat(), key, provincialOffice(first, "สำนักงานของเลขานุการ")).then().statusCode(201);
        // another caller's key of the same value is its own: neither a replay nor a 422
        register(Tokens.admin(), key, provincialOffice(second, "สำนักงานของผู้ดูแล"))
                .then().statusCode(201).header(REPLAYED, nullValue()).body("code", equalTo(second));
        // and the other caller does not get the first one's answer for the same request
        register(Tokens.admin(), key, provincialOffice(first, "สำนักงานของเลขานุการ")).then().statusCode(422);
        assertEquals(1, agenciesWithCode(first));
        assertEquals(1, agenciesWithCode(second));
    }

    @Test
    void malformedKeyIsABadRequestNamingTheHeader() {
        String code = uniqueCode("IDEM-BAD");
        Map<String, Object> body = provincialOffice(code, "สำนักงาน");
        for (String bad : List.of("", "x".repeat(256), "clé-" + code, "tab\there")) {
            Response response = register(Tokens.secretariat(), bad, body);
            assertEquals(400, response.statusCode(), "key '" + bad + "'");
            response.then()
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo(KEY))
                    .body("errors[0].message", equalTo("must be 1 to 255 printable ASCII characters"));
        }
        asSecretariat().header(KEY, "one").header(KEY, "two").contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400).body("errors[0].field", equalTo(KEY)).body("errors[0].message", equalTo("must be sent once"));
        assertEquals(0, agenciesWithCode(code));

        // the longest and the oddest allowed keys work
        register(Tokens.secretariat(), (newKey() + "~".repeat(255)).substring(0, 255), body).then().statusCode(201);
        register(Tokens.secretariat(), "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ " + newKey(), provincialOffice(uniqueCode("IDEM-ODD"), "สำนักงาน"))
                .then().statusCode(201);
    }

    @Test
    void retriedImportReplaysItsReportInsteadOfImportingAgain() {
        String code = uniqueCode("IDEM-IMP");
        String key = newKey();
        byte[] csv = (CSV_HEADER + code + ",สำนักงานนำเข้า,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n").getBytes(StandardCharsets.UTF_8);
        String token = Tokens.secretariat();

        Response first = as(token).header(KEY, key).contentType("text/csv").body(csv).when().post("/agencies/import");
        first.then().statusCode(200).body("created", equalTo(1)).header(REPLAYED, nullValue());
        // a second import of the file would report the agency unchanged; the retry gets the first report
        Response retry = as(token).header(KEY, key).contentType("text/csv").body(csv).when().post("/agencies/import");
        retry.then().statusCode(200).header(REPLAYED, equalTo("true")).body("created", equalTo(1)).body("unchanged", equalTo(0));
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, agenciesWithCode(code));

        // the dry-run flag is part of the request
        as(token).header(KEY, key).contentType("text/csv").body(csv).queryParam("dryRun", true).when().post("/agencies/import")
                .then().statusCode(422);
    }

    @Test
    void keyPastItsRetentionIsFreeAgainAndThePurgeDeletesIt() {
        String key = newKey();
        String token = Tokens.secretariat();
        register(token, key, provincialOffice(uniqueCode("IDEM-OLD"), "สำนักงานเก่า")).then().statusCode(201);
        age(key);

        String code = uniqueCode("IDEM-NEW");
        register(token, key, provincialOffice(code, "สำนักงานใหม่"))
                .then().statusCode(201).header(REPLAYED, nullValue()).body("code", equalTo(code));
        assertEquals(1, records(key), "the expired record was replaced by the new one");

        String purged = newKey();
        register(token, purged, provincialOffice(uniqueCode("IDEM-PURGE"), "สำนักงาน")).then().statusCode(201);
        age(purged);
        assertTrue(purge.purge() >= 1);
        assertEquals(0, records(purged));
        assertEquals(1, records(key), "a record within the retention stays");
    }

    @Test
    void openApiDocumentsTheHeaderTheReplayAndThe422OnBothOperations() {
        var document = io.restassured.RestAssured.given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        document.body("components.parameters.IdempotencyKey.name", equalTo(KEY))
                .body("components.parameters.IdempotencyKey.in", equalTo("header"))
                .body("components.parameters.IdempotencyKey.schema.maxLength", equalTo(255));
        for (String operation : List.of("'/agencies'.post", "'/agencies/import'.post")) {
            document.body("paths." + operation + ".parameters.$ref", hasItem("#/components/parameters/IdempotencyKey"))
                    .body("paths." + operation + ".responses.'422'.content.'application/problem+json'.schema.$ref",
                            equalTo("#/components/schemas/Problem"));
        }
        document.body("paths.'/agencies'.post.responses.'201'.headers", org.hamcrest.Matchers.hasKey(REPLAYED))
                .body("paths.'/agencies/import'.post.responses.'200'.headers", org.hamcrest.Matchers.hasKey(REPLAYED));
        io.restassured.RestAssured.given().when().get("/problems/idempotency-key-reused")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Idempotency key reused (HTTP 422)"));
    }

    /** Moves a key's record back past the 24 hours the test profile keeps it. */
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
