package smartcity.reporting.round;

import static smartcity.reporting.Tokens.asSecretariat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyRoundResourceTest {

    private static Map<String, Object> fiscalYear2565(String titleTh) {
        Map<String, Object> round = new HashMap<>();
        round.put("code", "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        round.put("titleTh", titleTh);
        round.put("titleEn", "Smart-city work survey, fiscal year 2022");
        round.put("periodStart", "2021-10-01");
        round.put("periodEnd", "2022-09-30");
        round.put("opensOn", "2022-04-01");
        round.put("closesOn", "2022-05-31");
        return round;
    }

    @Test
    void plannedRoundIsCreatedAndReadBackWithThaiTitleAndIsoDates() {
        String title = "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565 " + UUID.randomUUID();
        String location = asSecretariat().contentType(ContentType.JSON).body(fiscalYear2565(title))
                .when().post("/survey-rounds")
                .then().statusCode(201)
                .header("Location", containsString("/survey-rounds/"))
                .body("id", notNullValue())
                .body("titleTh", equalTo(title))
                .body("code", startsWith("R-"))
                .body("version", equalTo(0))
                .extract().header("Location");

        asSecretariat().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("titleTh", equalTo(title))
                .body("periodStart", equalTo("2021-10-01"))
                .body("periodEnd", equalTo("2022-09-30"))
                .body("opensOn", equalTo("2022-04-01"))
                .body("closesOn", equalTo("2022-05-31"));

        asSecretariat().queryParam("size", 200).when().get("/survey-rounds")
                .then().statusCode(200)
                .body("items.titleTh", hasItem(title));
    }

    @Test
    void listIsNewestFirst() {
        String older = "รอบเก่า " + UUID.randomUUID();
        String newer = "รอบใหม่ " + UUID.randomUUID();
        Map<String, Object> olderRound = fiscalYear2565(older);
        olderRound.put("opensOn", "2001-01-01");
        olderRound.put("closesOn", "2001-01-31");
        Map<String, Object> newerRound = fiscalYear2565(newer);
        newerRound.put("opensOn", "2099-01-01");
        newerRound.put("closesOn", "2099-01-31");
        asSecretariat().contentType(ContentType.JSON).body(olderRound).when().post("/survey-rounds").then().statusCode(201);
        asSecretariat().contentType(ContentType.JSON).body(newerRound).when().post("/survey-rounds").then().statusCode(201);

        java.util.List<String> titles = asSecretariat().queryParam("size", 200).when().get("/survey-rounds")
                .then().statusCode(200).extract().jsonPath().getList("items.titleTh");
        org.junit.jupiter.api.Assertions.assertTrue(titles.indexOf(newer) < titles.indexOf(older),
                "the round opening in 2099 is listed before the one opening in 2001: " + titles);
    }

    @Test
    void closeDateBeforeOpenDateIsAValidationProblemOnClosesOn() {
        Map<String, Object> round = fiscalYear2565("รอบที่ปิดก่อนเปิด");
        round.put("closesOn", "2022-03-31");
        asSecretariat().contentType(ContentType.JSON).body(round)
                .when().post("/survey-rounds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("closesOn"))
                .body("errors[0].message", equalTo("must not be before opensOn"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Map<String, Object> round = fiscalYear2565(" ");
        round.put("periodEnd", "2021-09-30");
        round.put("closesOn", "2022-03-31");
        round.remove("opensOn");
        round.put("opensOn", null);
        asSecretariat().contentType(ContentType.JSON).body(round)
                .when().post("/survey-rounds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("3 fields are not valid"))
                .body("errors.field", hasItems("titleTh", "periodEnd", "opensOn"));
    }

    @Test
    void invalidDateIsAMalformedRequestAndCreatesNothing() {
        String title = "วันที่ผิด " + UUID.randomUUID();
        Map<String, Object> round = fiscalYear2565(title);
        round.put("opensOn", "2022-02-30");
        asSecretariat().contentType(ContentType.JSON).body(round)
                .when().post("/survey-rounds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));

        asSecretariat().queryParam("size", 200).when().get("/survey-rounds")
                .then().body("items.findAll { it.titleTh == '" + title + "' }", hasSize(0));
    }

    @Test
    void duplicateCodeIsAConflict() {
        Map<String, Object> round = fiscalYear2565("รอบซ้ำ");
        asSecretariat().contentType(ContentType.JSON).body(round).when().post("/survey-rounds").then().statusCode(201);
        asSecretariat().contentType(ContentType.JSON).body(round)
                .when().post("/survey-rounds")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("A survey round with the code '" + round.get("code") + "' already exists"));
    }

    @Test
    void unknownRoundIsANotFoundProblem() {
        asSecretariat().when().get("/survey-rounds/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }
}
