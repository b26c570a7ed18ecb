package smartcity.committee.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;
import static smartcity.committee.assignment.AssignmentCorrectionTest.agency;
import static smartcity.committee.assignment.AssignmentCorrectionTest.assign;
import static smartcity.committee.assignment.AssignmentCorrectionTest.dimension;
import static smartcity.committee.assignment.AssignmentCorrectionTest.resolution;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/** Handing a dimension's lead from one agency to another in one request. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class LeadHandoverTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    private static Map<String, Object> handover(String from, String to, String on, boolean keep, String resolution) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromAgencyId", from);
        body.put("toAgencyId", to);
        body.put("effectiveDate", on);
        body.put("keepPreviousAsSupporting", keep);
        body.put("basis", "มติที่ประชุมคณะกรรมการ ครั้งที่ 2/2566");
        body.put("resolutionId", resolution);
        return body;
    }

    private static ValidatableResponse handOver(RequestSpecification caller, String dimension, Map<String, Object> body) {
        return caller.contentType("application/json").body(body)
                .when().post("/dimensions/" + dimension + "/lead-handovers").then();
    }

    private static ValidatableResponse matrixRow(String dimension, String on) {
        return given().queryParam("asOf", on).when().get("/responsibility-matrix").then().statusCode(200)
                .rootPath("dimensions.find { it.dimensionId == '" + dimension + "' }");
    }

    @Test
    void theMatrixShowsTheOldLeadTheDayBeforeAndTheNewOneFromTheHandOver() {
        String dimension = dimension();
        String energyOffice = agency("สำนักงานพลังงานจังหวัดเชียงใหม่");
        String pea = agency("การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงใหม่");
        String old = assign(dimension, energyOffice, "LEAD", "2022-06-06");
        String resolution = resolution();

        String location = handOver(asSecretariat(), dimension, handover(energyOffice, pea, "2023-10-01", true, resolution))
                .statusCode(201)
                .body("dimensionId", equalTo(dimension))
                .body("effectiveDate", equalTo("2023-10-01"))
                .body("ended.id", equalTo(List.of(old)))
                .body("ended[0].endDate", equalTo("2023-09-30"))
                .body("lead.agencyId", equalTo(pea))
                .body("lead.role", equalTo("LEAD"))
                .body("lead.startDate", equalTo("2023-10-01"))
                .body("lead.endDate", equalTo(null))
                .body("lead.resolutionId", equalTo(resolution))
                .body("supporting.agencyId", equalTo(energyOffice))
                .body("supporting.role", equalTo("SUPPORTING"))
                .body("supporting.startDate", equalTo("2023-10-01"))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("agencyId", equalTo(pea)).body("role", equalTo("LEAD"));
        matrixRow(dimension, "2023-09-30")
                .body("lead.agencyId", equalTo(energyOffice))
                .body("supporting", hasSize(0));
        matrixRow(dimension, "2023-10-01")
                .body("lead.agencyId", equalTo(pea))
                .body("supporting.agencyId", equalTo(List.of(energyOffice)));
        given().when().get("/resolutions/" + resolution).then().body("assignments", hasSize(2));
    }

    @Test
    void aSupporterTakingOverTheLeadStopsSupportingTheDayBefore() {
        String dimension = dimension();
        String lead = agency("สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        String supporter = agency("สภาหอการค้าจังหวัดเชียงใหม่");
        String oldLead = assign(dimension, lead, "LEAD", "2022-06-06");
        String support = assign(dimension, supporter, "SUPPORTING", "2022-06-06");

        handOver(asSecretariat(), dimension, handover(lead, supporter, "2023-01-01", false, null))
                .statusCode(201)
                .body("ended.id", equalTo(List.of(oldLead, support)))
                .body("ended.endDate", equalTo(List.of("2022-12-31", "2022-12-31")))
                .body("supporting", equalTo(null));

        matrixRow(dimension, "2023-01-01").body("lead.agencyId", equalTo(supporter)).body("supporting", hasSize(0));
        matrixRow(dimension, "2022-12-31").body("lead.agencyId", equalTo(lead)).body("supporting.agencyId", equalTo(List.of(supporter)));
    }

    @Test
    void aHandOverFromAnAgencyThatIsNotTheLeadIsAConflictAndChangesNothing() {
        String dimension = dimension();
        String lead = agency("สำนักงานพลังงานจังหวัดเชียงใหม่");
        String other = agency("การไฟฟ้าส่วนภูมิภาค");
        String next = agency("มหาวิทยาลัยเชียงใหม่");
        String old = assign(dimension, lead, "LEAD", "2022-06-06");

        handOver(asSecretariat(), dimension, handover(other, next, "2023-01-01", true, null))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("not the agency handing over"));
        handOver(asSecretariat(), dimension, handover(lead, next, "2022-06-06", true, null))
                .statusCode(409).body("detail", containsString("starts on 2022-06-06"));
        handOver(asSecretariat(), dimension, handover(lead, lead, "2023-01-01", true, null))
                .statusCode(400).body("errors.field", equalTo(List.of("toAgencyId")));
        handOver(asSecretariat(), Tokens.randomId(), handover(lead, next, "2023-01-01", true, null)).statusCode(404);

        given().queryParam("dimensionId", dimension).when().get("/assignments").then()
                .body("items.id", equalTo(List.of(old))).body("items[0].endDate", equalTo(null));
    }

    @Test
    void onlyTheSecretariatAndAdminsHandOverTheLead() {
        String dimension = dimension();
        String lead = agency("สำนักงานพลังงานจังหวัดเชียงใหม่");
        String next = agency("การไฟฟ้าส่วนภูมิภาค");
        assign(dimension, lead, "LEAD", "2022-06-06");
        handOver(given(), dimension, handover(lead, next, "2023-01-01", false, null)).statusCode(401);
        handOver(as(Tokens.portal()), dimension, handover(lead, next, "2023-01-01", false, null)).statusCode(403);
        handOver(as(Tokens.admin()), dimension, handover(lead, next, "2023-01-01", false, null)).statusCode(201);
    }

    @Test
    void aRetriedHandOverWithTheSameIdempotencyKeyAnswersTheFirstResult() {
        String dimension = dimension();
        String lead = agency("สำนักงานพลังงานจังหวัดเชียงใหม่");
        String next = agency("การไฟฟ้าส่วนภูมิภาค");
        assign(dimension, lead, "LEAD", "2022-06-06");
        String key = Tokens.randomId();
        Map<String, Object> body = handover(lead, next, "2023-01-01", false, null);

        String first = handOver(asSecretariat().header("Idempotency-Key", key), dimension, body)
                .statusCode(201).extract().path("lead.id");
        handOver(asSecretariat().header("Idempotency-Key", key), dimension, body)
                .statusCode(201).body("lead.id", equalTo(first));
        given().queryParam("dimensionId", dimension).when().get("/assignments").then().body("totalItems", equalTo(2));
    }

    @Test
    void ofTwoHandOversOfOneDimensionAtOnceExactlyOneWinsAndTheOtherChangesNothing() throws Exception {
        for (int round = 0; round < 3; round++) {
            String dimension = dimension();
            String lead = agency("สำนักงานพลังงานจังหวัดเชียงใหม่");
            String pea = agency("การไฟฟ้าส่วนภูมิภาค");
            String university = agency("มหาวิทยาลัยเชียงใหม่");
            assign(dimension, lead, "LEAD", "2022-06-06");
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> both = new ArrayList<>();
            for (String next : List.of(pea, university)) {
                both.add(() -> {
                    start.await();
                    return handOver(asSecretariat(), dimension, handover(lead, next, "2023-01-01", true, null))
                            .extract().statusCode();
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (Callable<Integer> call : both) {
                    answers.add(pool.submit(call));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                statuses.sort(Integer::compare);
                assertEquals(List.of(201, 409), statuses);
            } finally {
                pool.shutdownNow();
            }
            // one whole hand-over: the old lead ended, one new lead, the old lead supporting; nothing of the other
            List<Map<String, Object>> items = given().queryParam("dimensionId", dimension).when().get("/assignments")
                    .then().statusCode(200).body("totalItems", equalTo(3)).extract().path("items");
            assertEquals(1, items.stream().filter(a -> "LEAD".equals(a.get("role")) && a.get("endDate") == null).count());
            assertEquals(1, items.stream().filter(a -> "SUPPORTING".equals(a.get("role"))).count());
            matrixRow(dimension, "2023-01-01").body("supporting.agencyId", equalTo(List.of(lead)));
        }
    }
}
