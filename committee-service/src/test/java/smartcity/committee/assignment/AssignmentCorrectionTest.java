package smartcity.committee.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;
import static smartcity.committee.correction.CorrectionRequests.feedHead;
import static smartcity.committee.correction.CorrectionRequests.feedItems;
import static smartcity.committee.correction.CorrectionRequests.patch;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/** Correcting an assignment's basis, RACI letters and resolution by JSON merge patch; assignments listed as pages. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class AssignmentCorrectionTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    static String dimension() {
        String code = "ASG_" + Tokens.randomId().substring(0, 8).toUpperCase();
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "nameTh", "ด้านทดสอบ " + code, "nameEn", "Test " + code))
                .when().post("/dimensions").then().statusCode(201).extract().path("id");
    }

    static String agency(String nameTh) {
        String id = Tokens.randomId();
        AgencyServiceStandIn.knows(id, "CM-" + id.substring(0, 6).toUpperCase(), nameTh);
        return id;
    }

    static String assign(String dimension, String agency, String role, String from) {
        Map<String, Object> body = new HashMap<>();
        body.put("dimensionId", dimension);
        body.put("agencyId", agency);
        body.put("role", role);
        body.put("startDate", from);
        body.put("basis", "หนังสือสำนักงานจังหวัด");
        return asSecretariat().contentType("application/json").body(body).when().post("/assignments")
                .then().statusCode(201).extract().path("id");
    }

    static String resolution() {
        String committee = asSecretariat().contentType("application/json")
                .body(Map.of("code", "CM-A-" + Tokens.randomId().substring(0, 8).toUpperCase(),
                        "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
        String chair = asSecretariat().contentType("application/json")
                .body(Map.of("honorific", "นาย", "nameTh", "ประจญ ปรัชญ์สกุล", "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"))
                .when().post("/people").then().statusCode(201).extract().path("id");
        String meeting = asSecretariat().contentType("application/json")
                .body(Map.of("heldOn", "2022-06-06", "placeTh", "ศาลากลางจังหวัดเชียงใหม่", "chairPersonId", chair))
                .when().post("/committees/" + committee + "/meetings").then().statusCode(201).extract().path("id");
        return asSecretariat().contentType("application/json")
                .body(Map.of("kind", "ASSIGNMENT", "textTh", "มอบหมายงานให้แต่ละหน่วยงานที่รับผิดชอบโดยตรง"))
                .when().post("/meetings/" + meeting + "/resolutions").then().statusCode(201).extract().path("id");
    }

    @Test
    void anAssignmentReLinkedToTheResolutionThatConfirmedItIsListedByThatResolution() {
        String assignment = assign(dimension(), agency("สำนักงานพลังงานจังหวัดเชียงใหม่"), "LEAD", "2022-06-06");
        String resolution = resolution();
        given().when().get("/assignments/" + assignment).then().statusCode(200).header("ETag", equalTo("\"0\""));
        String cursor = feedHead();

        patch(asSecretariat(), "/assignments/" + assignment, "\"0\"",
                "{\"resolutionId\": \"" + resolution + "\", \"basis\": \"มติที่ประชุมคณะกรรมการ 6 มิถุนายน 2565\", \"raci\": \"A\"}")
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("resolutionId", equalTo(resolution))
                .body("basis", equalTo("มติที่ประชุมคณะกรรมการ 6 มิถุนายน 2565"))
                .body("raci", equalTo("A"))
                .body("role", equalTo("LEAD"))
                .body("startDate", equalTo("2022-06-06"))
                .body("version", equalTo(1));

        given().when().get("/resolutions/" + resolution).then().body("assignments", equalTo(List.of(assignment)));
        asSecretariat().when().get("/history/assignments/" + assignment).then().statusCode(200)
                .body("type", equalTo(List.of("ADD", "MOD")))
                .body("actor", equalTo(List.of("secretariat@chiangmai.go.th", "secretariat@chiangmai.go.th")))
                .body("[0].state.resolutionId", equalTo(null))
                .body("[1].state.resolutionId", equalTo(resolution));
        List<Map<String, Object>> items = feedItems(cursor, "ASSIGNMENT", assignment);
        assertEquals(1, items.size(), () -> "one ASSIGNMENT item for the correction: " + items);
        assertEquals("UPDATED", items.get(0).get("change"));
        assertEquals(resolution, ((Map<?, ?>) items.get(0).get("data")).get("resolutionId"));
    }

    @Test
    void aStaleIfMatchOnAnAssignmentIs412AndChangesNothing() {
        String assignment = assign(dimension(), agency("สำนักงานพาณิชย์จังหวัดเชียงใหม่"), "SUPPORTING", "2022-06-06");
        patch(asSecretariat(), "/assignments/" + assignment, "\"0\"", "{\"raci\": \"R\"}").statusCode(200);

        patch(asSecretariat(), "/assignments/" + assignment, "\"0\"", "{\"raci\": \"C\"}")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"));

        given().when().get("/assignments/" + assignment).then().header("ETag", equalTo("\"1\"")).body("raci", equalTo("R"));
        given().when().get("/history/assignments/" + assignment).then().body("type", equalTo(List.of("ADD", "MOD")));
    }

    @Test
    void anAssignmentCorrectionNamingAServerOwnedOrFixedFieldIsRefusedNamingIt() {
        String assignment = assign(dimension(), agency("สำนักงานสถิติจังหวัดเชียงใหม่"), "LEAD", "2022-06-06");

        for (String field : List.of("id", "version", "agencyId", "role", "startDate", "endDate", "dimensionId")) {
            patch(asSecretariat(), "/assignments/" + assignment, "\"0\"", "{\"" + field + "\": \"1\"}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(containsString(field));
        }
        patch(asSecretariat(), "/assignments/" + assignment, "\"0\"", "{\"raci\": \"X\"}")
                .statusCode(400).body("errors.field", equalTo(List.of("raci")));
        patch(asSecretariat(), "/assignments/" + assignment, "\"0\"", "{\"resolutionId\": \"" + Tokens.randomId() + "\"}")
                .statusCode(400).body("errors.field", equalTo(List.of("resolutionId")));
        patch(asSecretariat(), "/assignments/" + Tokens.randomId(), null, "{\"raci\": \"R\"}").statusCode(404);

        given().when().get("/assignments/" + assignment).then().header("ETag", equalTo("\"0\"")).body("raci", equalTo(null));
    }

    @Test
    void onlyTheSecretariatAndAdminsCorrectAssignments() {
        String assignment = assign(dimension(), agency("สำนักงานจังหวัดเชียงใหม่"), "LEAD", "2022-06-06");
        patch(given(), "/assignments/" + assignment, null, "{\"raci\": \"R\"}").statusCode(401);
        patch(as(Tokens.portal()), "/assignments/" + assignment, null, "{\"raci\": \"R\"}").statusCode(403);
        patch(as(Tokens.agencyEditor(Tokens.randomId())), "/assignments/" + assignment, null, "{\"raci\": \"R\"}").statusCode(403);
        patch(as(Tokens.admin()), "/assignments/" + assignment, null, "{\"raci\": \"R\"}").statusCode(200);
    }

    @Test
    void assignmentsAreListedAsPages() {
        String dimension = dimension();
        String first = assign(dimension, agency("สำนักงานพลังงานจังหวัดเชียงใหม่"), "LEAD", "2022-06-06");
        String second = assign(dimension, agency("มหาวิทยาลัยเชียงใหม่"), "SUPPORTING", "2022-07-01");
        String third = assign(dimension, agency("การไฟฟ้าส่วนภูมิภาค"), "SUPPORTING", "2023-01-01");

        given().queryParam("dimensionId", dimension).queryParam("size", 2).when().get("/assignments")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second)))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        given().queryParam("dimensionId", dimension).queryParam("size", 2).queryParam("page", 1).when().get("/assignments")
                .then().body("items.id", equalTo(List.of(third)));
        given().queryParam("dimensionId", dimension).queryParam("asOf", "2022-12-31").when().get("/assignments")
                .then().body("items.id", equalTo(List.of(first, second))).body("totalItems", equalTo(2));
        given().queryParam("size", 201).when().get("/assignments")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
