package smartcity.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static smartcity.reporting.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.agency.AgencyFeedFollower;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ReportsTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    AgencyFeedFollower agencyFeed;

    private final List<UUID> agencies = new ArrayList<>();

    @BeforeEach
    void tenAgenciesInTheRegistry() {
        breakers.resetAll();
        AgencyServiceStandIn.down(false);
        AgencyServiceStandIn.dissolveEveryAgency();
        agencies.clear();
        for (int i = 0; i < 10; i++) {
            agencies.add(AgencyServiceStandIn.register("CM-T" + i, "หน่วยงาน " + i, "PROVINCIAL_GOVERNMENT", null, "5001"));
        }
    }

    private static String openRound(String periodStart, String periodEnd) {
        String round = asSecretariat().contentType("application/json")
                .body(Map.of("code", "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "titleTh", "สำรวจ " + periodStart, "periodStart", periodStart, "periodEnd", periodEnd,
                        "opensOn", periodEnd, "closesOn", periodEnd))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        return round;
    }

    private void answer(String round, int agency, boolean runs) {
        asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", runs))
                .when().put("/survey-rounds/" + round + "/responses/" + agencies.get(agency)).then().statusCode(200);
    }

    @Test
    void theTrendShowsEachRoundsFiguresOldestPeriodFirstAndAClosedRoundTakesNoAnswer() {
        String later = openRound("2031-10-01", "2032-09-30");
        String earlier = openRound("2030-10-01", "2031-09-30");
        for (int i = 0; i < 10; i++) {
            answer(earlier, i, i < 2);
        }
        for (int i = 0; i < 5; i++) {
            answer(later, i, i < 4);
        }
        asSecretariat().when().post("/survey-rounds/" + earlier + "/closing")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", true))
                .when().put("/survey-rounds/" + earlier + "/responses/" + agencies.get(0))
                .then().statusCode(409).contentType("application/problem+json");
        asSecretariat().when().post("/survey-rounds/" + earlier + "/closing").then().statusCode(409);

        var trend = given().when().get("/reports/trend").then().statusCode(200).extract().jsonPath();
        List<String> ids = trend.getList("rounds.roundId");
        Assertions.assertTrue(ids.indexOf(earlier) < ids.indexOf(later), "oldest period first: " + ids);
        String e = "rounds.find { it.roundId == '" + earlier + "' }";
        String l = "rounds.find { it.roundId == '" + later + "' }";
        Assertions.assertEquals("CLOSED", trend.getString(e + ".status"));
        Assertions.assertEquals(10, trend.getInt(e + ".responded"));
        Assertions.assertEquals(2, trend.getInt(e + ".running.count"));
        Assertions.assertEquals(20, trend.getInt(e + ".running.wholePercent"));
        Assertions.assertEquals(5, trend.getInt(l + ".responded"));
        Assertions.assertEquals(4, trend.getInt(l + ".running.count"));
        Assertions.assertEquals(1, trend.getInt(l + ".none.count"));
        Assertions.assertEquals(5, trend.getInt(l + ".notResponded.count"));
        Assertions.assertEquals(50, trend.getInt(l + ".notResponded.wholePercent"));
    }

    @Test
    void theParticipationReportReadsAsCsvWithTheSameFigures() {
        String round = openRound("2029-10-01", "2030-09-30");
        for (int i = 0; i < 10; i++) {
            answer(round, i, i < 3);
        }
        byte[] body = given().accept("text/csv").when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        Assertions.assertTrue(csv.startsWith("\uFEFFbreakdown,group,"), csv);
        List<String> lines = csv.lines().toList();
        Assertions.assertEquals("overall,ALL,หน่วยงานที่สำรวจทั้งหมด,10,10,3,30.0,30,7,70.0,70,0,0.0,0", lines.get(1));
        Assertions.assertTrue(lines.contains("type,PROVINCIAL_GOVERNMENT,ราชการส่วนภูมิภาค,10,10,3,30.0,30,7,70.0,70,0,0.0,0"), csv);
        String english = given().accept("text/csv").queryParam("lang", "en")
                .when().get("/survey-rounds/" + round + "/reports/participation").then().statusCode(200).extract().asString();
        Assertions.assertTrue(english.contains("overall,ALL,All agencies surveyed,10,"), english);
        given().accept("application/json").when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200).body("overall.running.count", equalTo(3));
    }

    @Test
    void everyParticipationGroupIsNamedInThaiAndEnglishWhicheverLanguageIsAsked() {
        String round = openRound("2027-10-01", "2028-09-30");
        for (int i = 0; i < 10; i++) {
            answer(round, i, i < 3);
        }
        String path = "/survey-rounds/" + round + "/reports/participation";
        String type = "byType.find { it.group == 'PROVINCIAL_GOVERNMENT' }";
        String district = "byDistrict.find { it.group == '5001' }";
        for (String lang : List.of("th", "en")) {
            given().queryParam("lang", lang).when().get(path).then().statusCode(200)
                    .body("overall.labelTh", equalTo("หน่วยงานที่สำรวจทั้งหมด"))
                    .body("overall.labelEn", equalTo("All agencies surveyed"))
                    .body(type + ".labelTh", equalTo("ราชการส่วนภูมิภาค"))
                    .body(type + ".labelEn", equalTo("Provincial government unit"))
                    .body(district + ".labelTh", equalTo("เมืองเชียงใหม่"))
                    .body(district + ".labelEn", equalTo("Mueang Chiang Mai"));
        }
        // label keeps its meaning: the name in the language asked for, by lang or by Accept-Language
        given().queryParam("lang", "en").when().get(path).then().statusCode(200)
                .body("overall.label", equalTo("All agencies surveyed"))
                .body(type + ".label", equalTo("Provincial government unit"))
                .body(district + ".label", equalTo("Mueang Chiang Mai"));
        given().header("Accept-Language", "en-GB,en;q=0.8").when().get(path).then().statusCode(200)
                .body(type + ".label", equalTo("Provincial government unit"));
        given().when().get(path).then().statusCode(200)
                .body("overall.label", equalTo("หน่วยงานที่สำรวจทั้งหมด"))
                .body(type + ".label", equalTo("ราชการส่วนภูมิภาค"))
                .body(district + ".label", equalTo("เมืองเชียงใหม่"));
        // the English CSV keeps its columns and shows the English names
        String csv = given().accept("text/csv").queryParam("lang", "en").when().get(path)
                .then().statusCode(200).extract().asString();
        Assertions.assertTrue(csv.contains("\r\ntype,PROVINCIAL_GOVERNMENT,Provincial government unit,10,10,3,30.0,30,7,"),
                csv);
        Assertions.assertTrue(csv.contains("\r\ndistrict,5001,Mueang Chiang Mai,10,"), csv);
    }

    @Test
    void theParticipationReportCarriesTheRoundsTitleInBothLanguages() {
        String round = asSecretariat().contentType("application/json")
                .body(Map.of("code", "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "titleTh", "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2570",
                        "titleEn", "Smart-city work survey, fiscal year 2027", "periodStart", "2026-10-01",
                        "periodEnd", "2027-09-30", "opensOn", "2027-09-30", "closesOn", "2027-09-30"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        given().queryParam("lang", "th").when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200)
                .body("titleTh", equalTo("สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2570"))
                .body("titleEn", equalTo("Smart-city work survey, fiscal year 2027"));
    }

    @Test
    void whenAgencyServiceStopsAnsweringReportsStillAnswerAndSaySinceWhen() throws Exception {
        String round = openRound("2028-10-01", "2029-09-30");
        given().when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200)
                .body("dataAsOf.agency-service", notNullValue())
                .body("warnings", empty());
        AgencyServiceStandIn.down(true);
        Assertions.assertThrows(RuntimeException.class, agencyFeed::catchUp);
        Thread.sleep(1_500);
        given().when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200)
                .body("overall.surveyed", equalTo(10))
                .body("warnings", hasSize(1))
                .body("warnings[0].source", equalTo("agency-service"))
                .body("warnings[0].message", startsWith("agency-service has not answered since"));
        AgencyServiceStandIn.down(false);
        breakers.resetAll();
        agencyFeed.catchUp();
        given().when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200).body("warnings", empty());
    }
}
