package smartcity.committee.assignment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class AssignmentResourceTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    private static String dimension(String code) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "nameTh", "ด้านทดสอบ " + code, "nameEn", "Test " + code))
                .when().post("/dimensions").then().statusCode(201).extract().path("id");
    }

    private static String code() {
        return "DIM_" + Tokens.randomId().substring(0, 8).toUpperCase();
    }

    private static String agency(String nameTh) {
        String id = Tokens.randomId();
        AgencyServiceStandIn.knows(id, "CM-" + id.substring(0, 6).toUpperCase(), nameTh);
        return id;
    }

    private static io.restassured.response.ValidatableResponse assign(String dimension, String agency, String role,
            String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("dimensionId", dimension);
        body.put("agencyId", agency);
        body.put("role", role);
        body.put("startDate", from);
        body.put("endDate", to);
        body.put("basis", "มติที่ประชุม 6 มิถุนายน 2565");
        return asSecretariat().contentType("application/json").body(body).when().post("/assignments").then();
    }

    @Test
    void aDimensionHasOneLeadOnAnyDate() {
        String dimension = dimension(code());
        String energyOffice = agency("สำนักงานพลังงานจังหวัดเชียงใหม่");
        String pea = agency("การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงใหม่");
        String first = assign(dimension, energyOffice, "LEAD", "2022-06-06", null).statusCode(201)
                .body("agencyNameTh", equalTo("สำนักงานพลังงานจังหวัดเชียงใหม่")).extract().path("id");

        assign(dimension, pea, "LEAD", "2023-01-01", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already has a lead, สำนักงานพลังงานจังหวัดเชียงใหม่, from 2022-06-06"));
        assign(dimension, pea, "SUPPORTING", "2022-06-06", "2022-12-31").statusCode(201);

        asSecretariat().contentType("application/json").body(Map.of("endDate", "2022-12-31"))
                .when().post("/assignments/" + first + "/end").then().statusCode(200);
        assign(dimension, pea, "LEAD", "2023-01-01", null).statusCode(201);
    }

    @Test
    void anAgencyHoldsOneAssignmentPerDimensionAtATime() {
        String dimension = dimension(code());
        String office = agency("สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        assign(dimension, office, "SUPPORTING", "2022-06-06", null).statusCode(201);
        assign(dimension, office, "LEAD", "2022-07-01", null).statusCode(409)
                .body("detail", containsString("already responsible"));
    }

    @Test
    void theMatrixShowsLeadsSupportersAndGapsOnADate() {
        String assignedCode = code();
        String assigned = dimension(assignedCode);
        String unassignedCode = code();
        dimension(unassignedCode);
        String lead = agency("สำนักงานพลังงานจังหวัดเชียงใหม่");
        String support = agency("มหาวิทยาลัยเชียงใหม่");
        assign(assigned, lead, "LEAD", "2022-06-06", null).statusCode(201);
        assign(assigned, support, "SUPPORTING", "2022-06-06", null).statusCode(201);

        given().queryParam("asOf", "2022-07-01").when().get("/responsibility-matrix")
                .then().statusCode(200)
                .body("dimensions.find { it.code == '" + assignedCode + "' }.lead.agencyNameTh", equalTo("สำนักงานพลังงานจังหวัดเชียงใหม่"))
                .body("dimensions.find { it.code == '" + assignedCode + "' }.supporting.agencyNameTh", equalTo(List.of("มหาวิทยาลัยเชียงใหม่")))
                .body("gaps", hasItem(unassignedCode))
                .body("gaps", not(hasItem(assignedCode)));
        given().queryParam("asOf", "2022-06-05").when().get("/responsibility-matrix")
                .then().body("gaps", hasItem(assignedCode));
        given().queryParam("asOf", "2022-07-01").when().get("/agencies/" + support + "/responsibilities")
                .then().body("items", hasSize(1)).body("items[0].role", equalTo("SUPPORTING"))
                .body("items[0].dimensionCode", equalTo(assignedCode)).body("totalItems", equalTo(1));
    }

    @Test
    void theLocationOfANewAssignmentCanBeRead() {
        String dimension = dimension(code());
        String agency = agency("สำนักงานสถิติจังหวัดเชียงใหม่");
        String location = assign(dimension, agency, "LEAD", "2022-06-06", null).statusCode(201).extract().header("Location");
        given().when().get(location).then().statusCode(200)
                .body("dimensionId", equalTo(dimension))
                .body("agencyId", equalTo(agency))
                .body("role", equalTo("LEAD"));
        given().when().get("/assignments/" + Tokens.randomId()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theResponsibilitiesOfAnAgencyNobodyKnowsAreNotFound() {
        given().when().get("/agencies/" + Tokens.randomId() + "/responsibilities")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        // an agency with assignments is known, even before the copy of the registry has caught up
        String dimension = dimension(code());
        String agency = agency("สำนักงานท่องเที่ยวและกีฬาจังหวัดเชียงใหม่");
        assign(dimension, agency, "LEAD", "2022-06-06", null).statusCode(201);
        given().queryParam("asOf", "2022-06-06").when().get("/agencies/" + agency + "/responsibilities")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void concurrentLeadRequestsForOneDimensionLetExactlyOneWin() throws Exception {
        String dimension = dimension(code());
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            candidates.add(agency("หน่วยงานผู้สมัคร " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (String candidate : candidates) {
            requests.add(() -> assign(dimension, candidate, "LEAD", "2022-06-06", null).extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(requests)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        Assertions.assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void anUnknownAgencyIsRefusedAndAnUnreachableAgencyServiceWritesNothing() {
        String dimension = dimension(code());
        String unknown = Tokens.randomId();
        AgencyServiceStandIn.server().stubFor(get("/agencies/" + unknown).willReturn(aResponse().withStatus(404)));
        assign(dimension, unknown, "LEAD", "2022-06-06", null).statusCode(400).body("errors[0].field", equalTo("agencyId"));

        String unreachable = Tokens.randomId();
        AgencyServiceStandIn.server().stubFor(get("/agencies/" + unreachable).willReturn(aResponse().withStatus(503)));
        assign(dimension, unreachable, "LEAD", "2022-06-06", null).statusCode(503)
                .header("Retry-After", equalTo("10"));
        given().queryParam("dimensionId", dimension).when().get("/assignments").then().body("items", hasSize(0)).body("totalItems", equalTo(0));
    }

    @Test
    void badAssignmentsAreValidationProblems() {
        Map<String, Object> body = new HashMap<>();
        body.put("dimensionId", Tokens.randomId());
        body.put("agencyId", agency("หน่วยงาน"));
        body.put("role", "BOSS");
        body.put("startDate", "2022-06-06");
        asSecretariat().contentType("application/json").body(body).when().post("/assignments")
                .then().statusCode(400).contentType("application/problem+json");
        body.put("role", "LEAD");
        body.put("raci", "XYZ");
        asSecretariat().contentType("application/json").body(body).when().post("/assignments")
                .then().statusCode(400).body("errors[0].field", equalTo("raci"));
        body.remove("raci");
        asSecretariat().contentType("application/json").body(body).when().post("/assignments")
                .then().statusCode(400).body("errors[0].field", equalTo("dimensionId"));
    }
}
