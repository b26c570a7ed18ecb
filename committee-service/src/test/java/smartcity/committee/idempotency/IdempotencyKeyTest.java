package smartcity.committee.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/**
 * The Idempotency-Key header on each of committee-service's eight creates ({@link IdempotencyContract}); the creates
 * under a committee or a meeting make it first (and its seat, its chair, ...) without a key, and the agencies they name
 * are known to agency-service's stand-in.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class IdempotencyKeyTest extends IdempotencyContract {

    private static final String VALIDATION = "/problems/validation";
    private static final String CONFLICT = "/problems/conflict";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    @Override
    protected List<Create> creates() {
        return List.of(
                create("dimension", "/dimensions", IdempotencyKeyTest::dimension, List.of("code", "nameTh"), true,
                        request -> {
                            String taken = (String) dimension().body().get("code");
                            created(new Request("/dimensions", Map.of("code", taken, "nameTh", "ด้านเดิม", "nameEn", "Taken")));
                            return List.of(new Refusal(request.with("nameTh", " "), 400, VALIDATION),
                                    new Refusal(request.with("code", taken), 409, CONFLICT));
                        }),
                create("person", "/people", IdempotencyKeyTest::person, List.of("nameTh"), true,
                        request -> List.of(new Refusal(request.with("nameTh", " "), 400, VALIDATION),
                                // agency-service does not know the agency: refused after asking it
                                new Refusal(request.with("agencyId", Tokens.randomId()), 400, VALIDATION))),
                create("assignment", "/assignments", IdempotencyKeyTest::assignment, List.of("agencyId", "role"), false,
                        request -> List.of(new Refusal(request.with("endDate", "2022-01-01"), 400, VALIDATION),
                                new Refusal(request.with("agencyId", Tokens.randomId()), 400, VALIDATION))),
                create("committee", "/committees", IdempotencyKeyTest::committee, List.of("code", "nameTh"), true,
                        request -> {
                            String taken = (String) committee().body().get("code");
                            created(new Request("/committees", Map.of("code", taken, "nameTh", "คณะกรรมการเดิม", "level", "PROVINCIAL")));
                            return List.of(new Refusal(request.with("nameTh", " "), 400, VALIDATION),
                                    new Refusal(request.with("code", taken), 409, CONFLICT));
                        }),
                create("seat", "/committees/{id}/seats", () -> seatOf(created(committee())), List.of("titleTh"), false,
                        request -> List.of(new Refusal(request.with("titleTh", " "), 400, VALIDATION))),
                create("membership", "/committees/{id}/memberships", IdempotencyKeyTest::membership, List.of("seatId", "personId"), false,
                        request -> List.of(new Refusal(request.with("personId", Tokens.randomId()), 400, VALIDATION),
                                new Refusal(request.with("endDate", "2022-01-01"), 400, VALIDATION))),
                create("committee_mandate", "/committees/{id}/mandates", IdempotencyKeyTest::mandate, List.of("mandateTh"),
                        false, request -> List.of(new Refusal(request.with("mandateTh", " "), 400, VALIDATION),
                                new Refusal(request.with("resolutionId", Tokens.randomId()), 400, VALIDATION))),
                create("meeting", "/committees/{id}/meetings", () -> meetingOf(created(committee())), List.of("placeTh"), true,
                        request -> List.of(new Refusal(request.with("placeTh", " "), 400, VALIDATION),
                                new Refusal(request.with("chairPersonId", Tokens.randomId()), 400, VALIDATION))),
                create("resolution", "/meetings/{id}/resolutions", IdempotencyKeyTest::resolution, List.of("textTh"), true,
                        request -> List.of(new Refusal(request.with("textTh", " "), 400, VALIDATION))));
    }

    /** A create counted by the rows of its table, which is named as the create is. */
    private Create create(String name, String operation, Supplier<Request> request, List<String> echoed, boolean readable,
            Function<Request, List<Refusal>> refusals) {
        return new Create(name, operation, request, ignored -> rows(name), echoed, refusals, readable);
    }

    /** A lead hand-over answers what it did, not one created resource: its replay is proved in LeadHandoverTest. */
    @Override
    protected Map<String, String> otherIdempotentOperations() {
        return Map.of("/dimensions/{id}/lead-handovers", "201");
    }

    @Override
    protected String caller() {
        return Tokens.secretariat();
    }

    @Override
    protected String otherCaller() {
        return Tokens.admin();
    }

    private static String code(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Request dimension() {
        return new Request("/dimensions", Map.of("code", code("DIM"), "nameTh", "ด้านทดสอบ", "nameEn", "Test dimension"));
    }

    private static Request person() {
        return new Request("/people", Map.of("honorific", "นาย", "nameTh", "นายทดสอบ " + code("P"), "positionTh", "ผู้อำนวยการ"));
    }

    private static Request assignment() {
        Map<String, Object> body = new HashMap<>();
        body.put("dimensionId", created(dimension()));
        body.put("agencyId", knownAgency());
        body.put("role", "LEAD");
        body.put("startDate", "2022-06-06");
        return new Request("/assignments", body);
    }

    private static Request committee() {
        return new Request("/committees", Map.of("code", code("CM"), "nameTh", "คณะกรรมการทดสอบ", "level", "PROVINCIAL"));
    }

    private static Request membership() {
        String committee = created(committee());
        Map<String, Object> body = new HashMap<>();
        body.put("seatId", created(seatOf(committee)));
        body.put("personId", created(person()));
        body.put("startDate", "2022-06-06");
        return new Request("/committees/" + committee + "/memberships", body);
    }

    private static Request mandate() {
        String committee = created(committee());
        String meeting = created(meetingOf(committee));
        String resolution = created(new Request("/meetings/" + meeting + "/resolutions",
                Map.of("kind", "ASSIGNMENT", "textTh", "ปรับปรุงอำนาจหน้าที่ของคณะกรรมการ")));
        return new Request("/committees/" + committee + "/mandates", Map.of("mandateTh", "อำนาจหน้าที่ " + code("M"),
                "effectiveDate", "2022-07-01", "resolutionId", resolution));
    }

    private static Request resolution() {
        String meeting = created(meetingOf(created(committee())));
        return new Request("/meetings/" + meeting + "/resolutions",
                Map.of("kind", "ASSIGNMENT", "textTh", "มอบหมายงานให้หน่วยงานที่รับผิดชอบ"));
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
        body.put("chairPersonId", created(person()));
        body.put("agenda", List.of("การพัฒนาเมืองอัจฉริยะ"));
        return new Request("/committees/" + committee + "/meetings", body);
    }

    /** Creates without a key; the new resource's id. */
    private static String created(Request request) {
        return asSecretariat().contentType("application/json").body(request.body()).when().post(request.path())
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void sameKeyAndBodyOnAnotherCommitteeIs422AndAddsNoSeat() {
        String key = newKey();
        String token = Tokens.secretariat();
        post(token, key, seatOf(created(committee())));
        String other = created(committee());
        long seats = rows("seat");

        send(token, key, seatOf(other)).then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(seats, rows("seat"));
        given().when().get("/committees/" + other + "/seats").then().statusCode(200).body("size()", equalTo(0));
    }

    private static void post(String token, String key, Request request) {
        send(token, key, request).then().statusCode(201);
    }

    @Test
    void aCreateRefusedForAnAgencyNotKnownYetIsAFirstRequestOnceItIsKnown() {
        // agency-service does not know the agency yet: 400, rolled back
        String agency = Tokens.randomId();
        Map<String, Object> body = new HashMap<>();
        body.put("dimensionId", created(dimension()));
        body.put("agencyId", agency);
        body.put("role", "LEAD");
        body.put("startDate", "2022-06-06");
        Request request = new Request("/assignments", body);
        String key = newKey();
        String token = Tokens.secretariat();
        long before = rows("assignment");
        send(token, key, request).then().statusCode(400).body("errors[0].field", equalTo("agencyId"));

        // the same request with the same key, once agency-service knows the agency, is a first request
        AgencyServiceStandIn.knows(agency, "CM-LATE", "หน่วยงานที่เพิ่งลงทะเบียน");
        send(token, key, request).then().statusCode(201).header(REPLAYED, nullValue()).body("agencyId", equalTo(agency));
        assertEquals(before + 1, rows("assignment"));
    }
}
