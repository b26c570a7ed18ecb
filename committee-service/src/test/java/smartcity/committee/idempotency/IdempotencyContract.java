package smartcity.committee.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.committee.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code Idempotency-Key} protocol, proved for every JSON create of a service: a retry replays the first answer and
 * creates one resource, the same key with another request is a 422 that writes nothing, concurrent requests with one key
 * create one resource, a refused create leaves its key free, keys are the caller's own, a malformed key is a 400 naming
 * the header, a key past its retention is free again and the purge deletes it, and the OpenAPI document says all that on
 * every idempotent operation. Each service's {@code IdempotencyKeyTest} extends it, names its creates ({@link #creates()})
 * and two callers, and adds what only it has. Each parameterised test runs once per create, named by the create's name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IdempotencyContract {

    protected static final String KEY = "Idempotency-Key";
    protected static final String REPLAYED = "Idempotency-Replayed";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyPurge purge;

    /** A create's request: where it posts, and the JSON body. */
    protected record Request(String path, Map<String, Object> body) {

        /** The same request with one field of the body replaced. */
        public Request with(String field, Object value) {
            Map<String, Object> changed = new HashMap<>(body);
            changed.put(field, value);
            return new Request(path, changed);
        }
    }

    /** A request the service refuses, with the status and problem type of its answer. */
    protected record Refusal(Request request, int status, String type) {
    }

    /**
     * One of the service's {@code @Idempotent} JSON creates.
     *
     * @param name      how the tests name it
     * @param operation its path in the OpenAPI document (e.g. {@code /committees/{id}/seats})
     * @param request   a new, valid request each time (unique codes; prerequisites such as a committee or a seat created
     *                  without a key before it returns)
     * @param count     how many resources like the request's exist now (e.g. the agencies with its code, or the rows of
     *                  its table): a create adds one, a refused or replayed request none
     * @param echoed    fields of the body the created representation repeats (and the one read at its Location)
     * @param refusals  requests of this kind the service refuses, made from a valid one that must stay creatable after
     *                  them (e.g. a blank name: 400; a code already taken: 409); prerequisites are created here, before
     *                  the count is taken
     * @param readable  whether the resource has a GET of its own at its Location (some are read only as lists)
     */
    protected record Create(String name, String operation, Supplier<Request> request, ToLongFunction<Request> count,
            List<String> echoed, Function<Request, List<Refusal>> refusals, boolean readable) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The service's JSON creates; the cross-operation 422 uses each one's successor in this list. */
    protected abstract List<Create> creates();

    /** A token that may call every create. */
    protected abstract String caller();

    /** A token of another caller (another subject) that may call every create too. */
    protected abstract String otherCaller();

    /** Idempotent operations that are not JSON creates (path in the document, success status), e.g. an import. */
    protected Map<String, String> otherIdempotentOperations() {
        return Map.of();
    }

    /** The creates' names, for the parameterised tests. */
    Stream<String> createNames() {
        return creates().stream().map(Create::name);
    }

    protected Create create(String name) {
        return creates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    protected static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** Sends the request as the token's caller, with the key. */
    protected static Response send(String token, String key, Request request) {
        return as(token).header(KEY, key).contentType("application/json").body(request.body()).when().post(request.path());
    }

    /** The rows of a table now (a {@link Create#count()} for resources without a business code). */
    protected long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }

    private static void assertEchoes(Create create, Request request, Response response) {
        for (String field : create.echoed()) {
            response.then().body(field, equalTo(request.body().get(field)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createNames")
    void retriedCreateWithSameKeyReturnsSameResponseAndCreatesOneResource(String name) {
        Create create = create(name);
        Request request = create.request().get();
        String key = newKey();
        String token = caller();
        long before = create.count().applyAsLong(request);

        Response first = send(token, key, request);
        first.then().statusCode(201).header(REPLAYED, nullValue());
        assertEchoes(create, request, first);
        Response retry = send(token, key, request);
        retry.then().statusCode(201).header(REPLAYED, equalTo("true"));

        assertEquals(first.asString(), retry.asString(), "the same body, byte for byte");
        assertNotNull(first.header("Location"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.contentType(), retry.contentType());
        assertEquals(before + 1, create.count().applyAsLong(request), "one " + name);
        if (create.readable()) {
            Response read = as(token).when().get(first.header("Location"));
            read.then().statusCode(200).body("id", equalTo(first.path("id")));
            assertEchoes(create, request, read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createNames")
    void sameKeyWithDifferentBodyIs422AndWritesNothing(String name) {
        Create create = create(name);
        String key = newKey();
        String token = caller();
        send(token, key, create.request().get()).then().statusCode(201);

        Request different = create.request().get();
        long before = create.count().applyAsLong(different);
        send(token, key, different)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("title", equalTo("Idempotency key reused"))
                .body("status", equalTo(422));
        assertEquals(before, create.count().applyAsLong(different));

        // the same key for another operation is a different request too
        List<Create> creates = creates();
        if (creates.size() > 1) {
            Create other = creates.get((creates.indexOf(create) + 1) % creates.size());
            Request elsewhere = other.request().get();
            long others = other.count().applyAsLong(elsewhere);
            send(token, key, elsewhere).then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
            assertEquals(others, other.count().applyAsLong(elsewhere), "no " + other.name());
            assertEquals(before, create.count().applyAsLong(different));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createNames")
    void concurrentRequestsWithSameKeyCreateOneResource(String name) throws Exception {
        Create create = create(name);
        Request request = create.request().get();
        String key = newKey();
        String token = caller();
        long before = create.count().applyAsLong(request);
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
        assertEquals(before + 1, create.count().applyAsLong(request), "one " + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createNames")
    void failedCreateDoesNotConsumeTheKey(String name) {
        Create create = create(name);
        Request request = create.request().get();
        List<Refusal> refusals = create.refusals().apply(request);
        assertFalse(refusals.isEmpty(), name + " names a request the service refuses");
        String key = newKey();
        String token = caller();
        long before = create.count().applyAsLong(request);
        for (Refusal refusal : refusals) {
            send(token, key, refusal.request())
                    .then().statusCode(refusal.status())
                    .contentType("application/problem+json")
                    .body("type", equalTo(refusal.type()));
            assertEquals(before, create.count().applyAsLong(request), "a refused " + name + " writes nothing");
        }

        // the key was never stored, so a different request with it is a first request, not a 422
        Response created = send(token, key, request);
        created.then().statusCode(201).header(REPLAYED, nullValue());
        assertEchoes(create, request, created);
        assertEquals(before + 1, create.count().applyAsLong(request), "one " + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createNames")
    void keysAreScopedPerCaller(String name) {
        Create create = create(name);
        String key = newKey();
        Request first = create.request().get();
        Request second = create.request().get();

        long before = create.count().applyAsLong(first);
        send(caller(), key, first).then().statusCode(201);
        assertEquals(before + 1, create.count().applyAsLong(first));

        // another caller's key of the same value is its own: neither a replay nor a 422
        before = create.count().applyAsLong(second);
        Response other = send(otherCaller(), key, second);
        other.then().statusCode(201).header(REPLAYED, nullValue());
        assertEchoes(create, second, other);
        assertEquals(before + 1, create.count().applyAsLong(second));

        // and the other caller does not get the first one's answer for the first one's request
        before = create.count().applyAsLong(first);
        send(otherCaller(), key, first).then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(before, create.count().applyAsLong(first));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createNames")
    void malformedKeyIsABadRequestNamingTheHeader(String name) {
        Create create = create(name);
        Request request = create.request().get();
        long before = create.count().applyAsLong(request);
        for (String bad : List.of("", "x".repeat(256), "clé", "tab\there")) {
            Response response = send(caller(), bad, request);
            assertEquals(400, response.statusCode(), "key '" + bad + "'");
            response.then()
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo(KEY))
                    .body("errors[0].message", equalTo("must be 1 to 255 printable ASCII characters"));
        }
        as(caller()).header(KEY, "one").header(KEY, "two").contentType("application/json").body(request.body())
                .when().post(request.path())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(KEY))
                .body("errors[0].message", equalTo("must be sent once"));
        assertEquals(before, create.count().applyAsLong(request), "no " + name);

        // the longest and the oddest allowed keys work
        send(caller(), (newKey() + "~".repeat(255)).substring(0, 255), request).then().statusCode(201);
        send(caller(), "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ " + newKey(), create.request().get()).then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createNames")
    void keyPastItsRetentionIsFreeAgainAndThePurgeDeletesIt(String name) {
        Create create = create(name);
        String key = newKey();
        String token = caller();
        send(token, key, create.request().get()).then().statusCode(201);
        age(key);

        Request request = create.request().get();
        Response again = send(token, key, request);
        again.then().statusCode(201).header(REPLAYED, nullValue());
        assertEchoes(create, request, again);
        assertEquals(1, records(key), "the expired record was replaced by the new one");

        String purged = newKey();
        send(token, purged, create.request().get()).then().statusCode(201);
        age(purged);
        assertTrue(purge.purge() >= 1);
        assertEquals(0, records(purged));
        assertEquals(1, records(key), "a record within the retention stays");
    }

    @Test
    void openApiDocumentsTheHeaderTheReplayAndThe422OnEveryIdempotentOperation() {
        Map<String, String> operations = new LinkedHashMap<>();
        creates().forEach(create -> operations.put(create.operation(), "201"));
        operations.putAll(otherIdempotentOperations());

        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        document.body("components.parameters.IdempotencyKey.name", equalTo(KEY))
                .body("components.parameters.IdempotencyKey.in", equalTo("header"))
                .body("components.parameters.IdempotencyKey.schema.maxLength", equalTo(255));
        operations.forEach((path, success) -> {
            String operation = "paths.'" + path + "'.post";
            document.body(operation + ".parameters.$ref", hasItem("#/components/parameters/IdempotencyKey"))
                    .body(operation + ".responses.'422'.content.'application/problem+json'.schema.$ref",
                            equalTo("#/components/schemas/Problem"))
                    .body(operation + ".responses.'" + success + "'.headers", hasKey(REPLAYED));
        });

        // and no operation takes the header that these tests do not prove
        JsonPath openapi = document.extract().jsonPath();
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (operation.get("parameters") instanceof List<?> parameters && parameters.stream()
                    .anyMatch(p -> p instanceof Map<?, ?> m && "#/components/parameters/IdempotencyKey".equals(m.get("$ref")))) {
                documented.add(method + " " + path);
            }
        }));
        Set<String> proved = new TreeSet<>();
        operations.keySet().forEach(path -> proved.add("post " + path));
        assertEquals(proved, documented, "the operations that document the Idempotency-Key header");

        given().when().get("/problems/idempotency-key-reused")
                .then().statusCode(200).body(containsString("Idempotency key reused (HTTP 422)"));
    }

    /** Moves a key's record back past the 24 hours the test profile keeps it. */
    protected void age(String key) {
        int updated = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("UPDATE idempotency_record SET created_at = created_at - INTERVAL 25 HOUR WHERE idempotency_key = ?1")
                .setParameter(1, key).executeUpdate());
        assertNotEquals(0, updated);
    }

    protected long records(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue());
    }
}
