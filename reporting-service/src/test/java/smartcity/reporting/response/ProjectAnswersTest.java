package smartcity.reporting.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static smartcity.reporting.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ProjectAnswersTest {

    private static final List<String> FRAMEWORK = List.of("SMART_MOBILITY", "SMART_ECONOMY", "SMART_GOVERNANCE",
            "SMART_ENERGY", "SMART_LIVING");
    private static boolean frameworkRecorded;

    @Inject
    CircuitBreakerMaintenance breakers;

    private String round;
    private UUID agency;

    @BeforeEach
    void anOpenRoundSurveyingOneMunicipality() {
        breakers.resetAll();
        CommitteeServiceStandIn.down(false);
        if (!frameworkRecorded) {
            // the framework as committee-service's feed tells it; the answers' codes are checked against the copy
            for (int i = 0; i < FRAMEWORK.size(); i++) {
                CommitteeServiceStandIn.put("DIMENSION", UUID.randomUUID(), CommitteeServiceStandIn.state(
                        "code", FRAMEWORK.get(i), "nameTh", "ด้าน " + i, "displayOrder", i + 1, "active", true));
            }
            frameworkRecorded = true;
        }
        AgencyServiceStandIn.down(false);
        AgencyServiceStandIn.dissolveEveryAgency();
        agency = AgencyServiceStandIn.register("CM-CITY", "เทศบาลนครเชียงใหม่", "LOCAL_ADMINISTRATION",
                "CITY_MUNICIPALITY", "5001");
        round = asSecretariat().contentType("application/json")
                .body(Map.of("code", "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "titleTh", "สำรวจโครงการเมืองอัจฉริยะ", "periodStart", "2021-10-01", "periodEnd", "2022-09-30",
                        "opensOn", "2022-04-01", "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
    }

    private static Map<String, Object> project(String titleTh, List<String> dimensions, String status, Object budget,
            String startsOn, String endsOn) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("titleTh", titleTh);
        project.put("dimensions", dimensions);
        project.put("status", status);
        project.put("budgetThb", budget);
        project.put("startsOn", startsOn);
        project.put("endsOn", endsOn);
        return project;
    }

    private io.restassured.response.ValidatableResponse answer(Object body) {
        return asSecretariat().contentType("application/json").body(body)
                .when().put("/survey-rounds/" + round + "/responses/" + agency).then();
    }

    @Test
    void threeHundredThousandEmptyProjectsAreOneSmallRefusalAndNothingChanges() {
        String body = "{\"runsSmartCityProjects\": true, \"projects\": [" + "{},".repeat(299_999) + "{}]}";
        String answer = asSecretariat().contentType("application/json").body(body)
                .when().put("/survey-rounds/" + round + "/responses/" + agency)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("projects"))
                .body("errors[0].message", equalTo("must have at most 100 items"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(answer.length() < 2_000, answer);
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void aBodyBreakingMoreRulesThanAProblemListsNamesTheFirstFiftyAndCountsThemAll() {
        // 100 projects (the maximum), each with three broken rules (no title, no dimension, a negative budget): 300 in all
        List<Map<String, Object>> projects = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            projects.add(project("", List.of(), "PLANNED", -1, null, null));
        }
        String answer = answer(Map.of("runsSmartCityProjects", true, "projects", projects))
                .statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(50))
                .body("errorCount", equalTo(300))
                .body("detail", containsString("the first 50 are listed"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(answer.length() < 20_000, "" + answer.length());
    }

    @Test
    void anAnswerCarriesItsProjectsAndThaiTitlesComeBackExactly() {
        String title = "ระบบติดตามรถสองแถวแดงแบบเรียลไทม์ 🚌 (นำร่อง)";
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project(title, List.of("SMART_MOBILITY", "SMART_ECONOMY"), "ONGOING", 2_500_000.50, "2021-10-01", "2022-09-30"),
                project("ศูนย์ข้อมูลเมือง", List.of("SMART_GOVERNANCE"), "PLANNED", null, null, null))))
                .statusCode(200)
                .body("projects", hasSize(2))
                .body("projects[0].titleTh", equalTo(title))
                .body("projects[0].dimensions", containsInAnyOrder("SMART_MOBILITY", "SMART_ECONOMY"))
                .body("projects[0].budgetThb", equalTo(2500000.5f))
                .body("projects[0].status", equalTo("ONGOING"))
                .body("projects[1].endsOn", equalTo(null));
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200).body("items[0].projects.titleTh", contains(title, "ศูนย์ข้อมูลเมือง"));
    }

    @Test
    void aLaterAnswerReplacesTheProjectsAndTheHistoryKeepsTheEarlierList() {
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project("โครงการแรก", List.of("SMART_ENERGY"), "PLANNED", 100, null, null)))).statusCode(200);
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project("โครงการแรก", List.of("SMART_ENERGY"), "COMPLETED", 100, null, null),
                project("โครงการที่สอง", List.of("SMART_LIVING"), "ONGOING", 200, null, null))))
                .statusCode(200).body("version", equalTo(2)).body("projects.status", contains("COMPLETED", "ONGOING"));
        answer(Map.of("runsSmartCityProjects", false)).statusCode(200).body("projects", empty()).body("version", equalTo(3));
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200)
                .body("items.runsSmartCityProjects", contains(true, true, false))
                .body("items[0].projects.status", contains("PLANNED"))
                .body("items[1].projects.titleTh", contains("โครงการแรก", "โครงการที่สอง"))
                .body("items[2].projects", empty());
    }

    @Test
    void theAnswerHistoryOfAnUnknownRoundOrOfAnAgencyTheRoundDoesNotSurveyIsNotFound() {
        given().when().get("/survey-rounds/" + UUID.randomUUID() + "/responses/" + agency + "/history")
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().when().get("/survey-rounds/" + round + "/responses/" + UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aProjectDateTheDatabaseCannotStoreIsRefusedAndNothingIsRecorded() {
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project("โครงการปีหมื่น", List.of("SMART_ENERGY"), "PLANNED", 1, "2022-10-01", "+10000-09-30"))))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", containsString("projects[0].endsOn"));
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void projectsOfAnAgencyThatRunsNoneAreRefusedAndNothingIsRecorded() {
        answer(Map.of("runsSmartCityProjects", false, "projects", List.of(
                project("โครงการ", List.of("SMART_ENERGY"), "PLANNED", 1, null, null))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("projects"));
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void everyBrokenRuleOfAProjectIsReportedAtOnce() {
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project(" ", List.of(), "ABANDONED", -5, "2022-09-30", "2022-01-01"))))
                .statusCode(400).contentType("application/problem+json");
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project(" ", List.of("smart mobility"), "ONGOING", -5, "2022-09-30", "2022-01-01"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.endsWith("titleTh")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.endsWith("budgetThb")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.endsWith("endsOn")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("dimensions")));
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project("วันที่เป็นไปไม่ได้", List.of("SMART_ENERGY"), "ONGOING", 1, "2022-02-30", null))))
                .statusCode(400).contentType("application/problem+json");
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aProjectUnderADimensionTheFrameworkDoesNotHaveIsRefused() {
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project("โครงการ", List.of("SMART_ENERGY", "SMART_WEATHER"), "PLANNED", 1, null, null))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("projects[0].dimensions[1]"));
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aDimensionAddedToTheFrameworkMinutesAgoIsAcceptedAndUnknownCodesWaitForCommitteeService() {
        String added = "SMART_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        CommitteeServiceStandIn.put("DIMENSION", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "code", added, "nameTh", "ด้านใหม่", "displayOrder", 99, "active", true));
        // the copy has not read it yet: the answer makes it catch up
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project("โครงการด้านใหม่", List.of(added), "PLANNED", 1, null, null))))
                .statusCode(200).body("projects[0].dimensions", contains(added));
        CommitteeServiceStandIn.down(true);
        answer(Map.of("runsSmartCityProjects", true, "projects", List.of(
                project("โครงการ", List.of("SMART_NOT_YET_KNOWN"), "PLANNED", 1, null, null))))
                .statusCode(503).contentType("application/problem+json");
        given().when().get("/survey-rounds/" + round + "/responses/" + agency + "/history")
                .then().statusCode(200).body("items", hasSize(1)).body("totalItems", equalTo(1));
    }
}
