package smartcity.reporting.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static smartcity.reporting.Tokens.as;
import static smartcity.reporting.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.Tokens;

/**
 * Correcting a planned round with a JSON merge patch (RFC 7396), and cancelling one: what may change, when, and what a
 * stale or refused change leaves behind (nothing).
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class SurveyRoundCorrectionTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    EntityManager db;

    private String code;
    private String round;

    @BeforeEach
    void aPlannedRound() {
        breakers.resetAll();
        AgencyServiceStandIn.down(false);
        AgencyServiceStandIn.register("CM-CORR-" + UUID.randomUUID().toString().substring(0, 6), "หน่วยงานทดสอบการแก้ไข",
                "PROVINCIAL_GOVERNMENT", null, "5001");
        code = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        round = asSecretariat().contentType(ContentType.JSON)
                .body(Map.of("code", code, "titleTh", "สำรวจรอบที่พิมพ์ผิด", "titleEn", "Survey with a typo",
                        "periodStart", "2021-10-01", "periodEnd", "2022-09-30", "opensOn", "2022-04-01",
                        "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse patch(String ifMatch, String body) {
        var request = asSecretariat().contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/survey-rounds/" + round).then();
    }

    @Test
    void aPlannedRoundIsCorrectedByAMergePatchAndAnswersWithItsNewETag() {
        patch("\"0\"", "{\"titleTh\":\"สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565\",\"closesOn\":\"2022-06-15\","
                + "\"titleEn\":null}")
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("titleTh", equalTo("สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565"))
                .body("titleEn", nullValue())
                .body("closesOn", equalTo("2022-06-15"))
                // what the patch does not name stays as it was
                .body("opensOn", equalTo("2022-04-01"))
                .body("code", equalTo(code))
                .body("status", equalTo("PLANNED"))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo("secretariat@chiangmai.go.th"));
        given().when().get("/survey-rounds/" + round)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("closesOn", equalTo("2022-06-15"));
        // without If-Match the correction is accepted too
        patch(null, "{\"titleEn\":\"Smart-city work survey, fiscal year 2022\"}")
                .statusCode(200).header("ETag", equalTo("\"2\""));
        // subscribers are told, in the correction's transaction
        Number events = (Number) db.createNativeQuery("SELECT COUNT(*) FROM webhook_event WHERE type = 'survey-round.corrected' "
                + "AND payload LIKE ?1").setParameter(1, "%" + round + "%").getSingleResult();
        Assertions.assertEquals(2, events.intValue());
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailedAndChangesNothing() {
        patch("\"0\"", "{\"titleTh\":\"แก้ครั้งแรก\"}").statusCode(200);
        patch("\"0\"", "{\"titleTh\":\"แก้จากสำเนาเก่า\",\"opensOn\":\"2022-04-15\"}")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"))
                .body("detail", containsString("version 1"));
        given().when().get("/survey-rounds/" + round)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("titleTh", equalTo("แก้ครั้งแรก"))
                .body("opensOn", equalTo("2022-04-01"));
    }

    @Test
    void aServerOwnedOrUnknownFieldInThePatchIsA400NamingItAndChangesNothing() {
        for (String field : List.of("status", "version", "id", "createdBy", "colour")) {
            patch(null, "{\"titleTh\":\"ไม่ควรเปลี่ยน\",\"" + field + "\":\"OPEN\"}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString(field));
        }
        given().when().get("/survey-rounds/" + round)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("titleTh", equalTo("สำรวจรอบที่พิมพ์ผิด"))
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void aCorrectedRoundIsValidatedAsAWholeWithEveryBrokenRuleListed() {
        patch(null, "{\"titleTh\":\" \",\"closesOn\":\"2022-03-01\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("titleTh", "closesOn"));
        patch(null, "[]").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().when().get("/survey-rounds/" + round).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void anotherRoundsCodeIsAConflict() {
        String other = "O-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        asSecretariat().contentType(ContentType.JSON)
                .body(Map.of("code", other, "titleTh", "อีกรอบ", "periodStart", "2021-10-01", "periodEnd", "2022-09-30",
                        "opensOn", "2022-04-01", "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201);
        patch(null, "{\"code\":\"" + other + "\"}").statusCode(409).body("type", equalTo("/problems/conflict"));
        patch(null, "{\"code\":\"" + code + "-X\"}").statusCode(200).body("code", equalTo(code + "-X"));
    }

    @Test
    void onlyTheSecretariatOrAnAdminCorrectsARound() {
        as(Tokens.agencyEditor(UUID.randomUUID().toString())).contentType(MERGE_PATCH).body("{\"titleTh\":\"x\"}")
                .when().patch("/survey-rounds/" + round).then().statusCode(403);
        given().contentType(MERGE_PATCH).body("{\"titleTh\":\"x\"}")
                .when().patch("/survey-rounds/" + round).then().statusCode(401);
        // the media type as curl sends it, without a charset: JSON is UTF-8
        as(Tokens.admin()).contentType("application/merge-patch+json")
                .body("{\"titleEn\":\"Corrected by an admin\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().patch("/survey-rounds/" + round).then().statusCode(200).body("titleEn", equalTo("Corrected by an admin"));
        // a plain JSON body is not a merge patch
        asSecretariat().contentType(ContentType.JSON).body("{\"titleEn\":\"x\"}")
                .when().patch("/survey-rounds/" + round).then().statusCode(415);
    }

    @Test
    void anOpenRoundCannotBeCorrectedAndSaysWhichStateAllowsIt() {
        asSecretariat().contentType(ContentType.JSON).body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        long version = Long.parseLong(given().when().get("/survey-rounds/" + round).then().extract().header("ETag")
                .replace("\"", ""));
        patch("\"" + version + "\"", "{\"closesOn\":\"2022-06-30\"}")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("is open"))
                .body("detail", containsString("only a planned round can be corrected"));
        given().when().get("/survey-rounds/" + round).then().body("closesOn", equalTo("2022-05-31"));
        // nor cancelled: an open round closes instead
        asSecretariat().contentType(ContentType.JSON).body(Map.of())
                .when().post("/survey-rounds/" + round + "/cancellation")
                .then().statusCode(409).body("detail", containsString("only a planned round can be cancelled"));
    }

    @Test
    void aCancelledRoundIsListedAsCancelledAndCannotBeOpenedAnsweredOrCorrected() {
        asSecretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "รวมกับรอบสำรวจประจำปี"))
                .when().post("/survey-rounds/" + round + "/cancellation")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("รวมกับรอบสำรวจประจำปี"))
                .body("cancelledAt", org.hamcrest.Matchers.notNullValue());
        asSecretariat().queryParam("size", 200).when().get("/survey-rounds")
                .then().statusCode(200)
                .body("items.find { it.id == '" + round + "' }.status", equalTo("CANCELLED"));
        asSecretariat().contentType(ContentType.JSON).body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening")
                .then().statusCode(409).body("detail", containsString("is cancelled"));
        asSecretariat().contentType(ContentType.JSON).body(Map.of("runsSmartCityProjects", false))
                .when().put("/survey-rounds/" + round + "/responses/" + UUID.randomUUID())
                .then().statusCode(409).body("type", equalTo("/problems/conflict"));
        patch(null, "{\"titleTh\":\"ฟื้นรอบที่ยกเลิก\"}").statusCode(409).body("detail", containsString("is cancelled"));
        asSecretariat().contentType(ContentType.JSON).body(Map.of())
                .when().post("/survey-rounds/" + round + "/cancellation").then().statusCode(409);
        given().when().get("/survey-rounds/" + round)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("CANCELLED"))
                .body("titleTh", equalTo("สำรวจรอบที่พิมพ์ผิด"));
        // a cancelled round never opened: it is in no report of rounds that have opened
        given().when().get("/reports/trend").then().statusCode(200).body("rounds.roundCode", org.hamcrest.Matchers.not(hasItem(code)));
    }

    @Test
    void aStaleCancellationChangesNothingAndTheReasonIsOptional() {
        patch(null, "{\"titleTh\":\"แก้ก่อนยกเลิก\"}").statusCode(200);
        asSecretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .when().post("/survey-rounds/" + round + "/cancellation")
                .then().statusCode(412).body("type", equalTo("/problems/precondition-failed"));
        given().when().get("/survey-rounds/" + round).then().body("status", equalTo("PLANNED"));
        asSecretariat().contentType(ContentType.JSON).body("{}")
                .when().post("/survey-rounds/" + round + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancellationReason", nullValue());
    }

    @Test
    void aCancellationWithoutABodyIsRefusedAndChangesNothing() {
        asSecretariat().contentType(ContentType.JSON).body("null")
                .when().post("/survey-rounds/" + round + "/cancellation")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/survey-rounds/" + round).then().body("status", equalTo("PLANNED"));
    }
}
