package smartcity.reporting.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static smartcity.reporting.Tokens.as;
import static smartcity.reporting.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.Tokens;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ParticipationTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private final List<String> agencies = new ArrayList<>();

    @BeforeEach
    void theRegistryHoldsNinetyOneSurveyedAgenciesAndOneAssociation() {
        breakers.resetAll();
        AgencyServiceStandIn.down(false);
        AgencyServiceStandIn.dissolveEveryAgency();
        agencies.clear();
        for (int i = 0; i < 92; i++) {
            String type = i == 91 ? "PRIVATE_SECTOR" : i < 30 ? "LOCAL_ADMINISTRATION" : "PROVINCIAL_GOVERNMENT";
            agencies.add(AgencyServiceStandIn.register("CM-" + i, "หน่วยงาน " + i, type,
                    i < 30 ? "SUBDISTRICT_MUNICIPALITY" : null, "50" + (i % 2 == 0 ? "01" : "13")).toString());
        }
    }

    private static String round() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "titleTh", "สำรวจการดำเนินงานเมืองอัจฉริยะ", "periodStart", "2021-10-01", "periodEnd", "2022-09-30",
                        "opensOn", "2022-04-01", "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
    }

    @Test
    void nineteenOfNinetyOneReadTwentyOnePercentAsTheProvinceReportedIt() {
        String round = round();
        asSecretariat().contentType("application/json").body(Map.of("excludeTypes", List.of("PRIVATE_SECTOR")))
                .when().post("/survey-rounds/" + round + "/opening")
                .then().statusCode(200).body("surveyed", equalTo(91));
        for (int i = 0; i < 91; i++) {
            asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", i < 19))
                    .when().put("/survey-rounds/" + round + "/responses/" + agencies.get(i)).then().statusCode(200);
        }
        given().when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200)
                .body("overall.surveyed", equalTo(91))
                .body("overall.responded", equalTo(91))
                .body("overall.running.count", equalTo(19))
                .body("overall.running.percent", equalTo(20.9f))
                .body("overall.running.wholePercent", equalTo(21))
                .body("overall.none.count", equalTo(72))
                .body("overall.none.percent", equalTo(79.1f))
                .body("overall.none.wholePercent", equalTo(79))
                .body("byType.find { it.group == 'LOCAL_ADMINISTRATION' }.running.count", equalTo(19))
                .body("byType.find { it.group == 'LOCAL_ADMINISTRATION' }.surveyed", equalTo(30))
                .body("byDistrict.find { it.group == '5001' }.surveyed", equalTo(46));
        // the association was not surveyed
        asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", true))
                .when().put("/survey-rounds/" + round + "/responses/" + agencies.get(91)).then().statusCode(404);
    }

    @Test
    void anAgencyEditorAnswersForItsOwnAgencyOnlyAndALaterAnswerReplacesTheFirst() {
        String round = round();
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        String own = agencies.get(5);
        as(Tokens.agencyEditor(own)).contentType("application/json").body(Map.of("runsSmartCityProjects", false))
                .when().put("/survey-rounds/" + round + "/responses/" + own)
                .then().statusCode(200).body("version", equalTo(1));
        as(Tokens.agencyEditor(own)).contentType("application/json").body(Map.of("runsSmartCityProjects", true))
                .when().put("/survey-rounds/" + round + "/responses/" + own)
                .then().statusCode(200).body("version", equalTo(2)).body("runsSmartCityProjects", equalTo(true));
        as(Tokens.agencyEditor(own)).contentType("application/json").body(Map.of("runsSmartCityProjects", true))
                .when().put("/survey-rounds/" + round + "/responses/" + agencies.get(6))
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/survey-rounds/" + round + "/reports/participation")
                .then().body("overall.responded", equalTo(1)).body("overall.running.count", equalTo(1))
                .body("overall.notResponded.count", equalTo(91));
        given().when().get("/survey-rounds/" + round + "/responses/" + own + "/history")
                .then().statusCode(200)
                .body("items.runsSmartCityProjects", equalTo(List.of(false, true)))
                .body("items.answeredBy", equalTo(java.util.Arrays.asList(null, null)))
                .body("totalItems", equalTo(2));
        asSecretariat().when().get("/survey-rounds/" + round + "/responses/" + own + "/history")
                .then().body("items.answeredBy", equalTo(List.of("editor-" + own + "@agency.example", "editor-" + own + "@agency.example")));
        given().queryParam("size", 200).when().get("/survey-rounds/" + round + "/non-respondents")
                .then().statusCode(200)
                .body("totalItems", equalTo(91))
                .body("items.size()", equalTo(91))
                .body("items.agencyId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(own)));
    }

    @Test
    void nonRespondentsAreAPageInCodeOrderLikeEveryOtherList() {
        String round = round();
        // before the round opens nobody is surveyed: an empty page, not an error
        given().when().get("/survey-rounds/" + round + "/non-respondents")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty())
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
        asSecretariat().contentType("application/json").body(Map.of("excludeTypes", List.of("PRIVATE_SECTOR")))
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", false))
                .when().put("/survey-rounds/" + round + "/responses/" + agencies.get(0)).then().statusCode(200);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < 91; i++) {
            expected.add("CM-" + i);
        }
        java.util.Collections.sort(expected);
        given().queryParam("page", 1).queryParam("size", 50).when().get("/survey-rounds/" + round + "/non-respondents")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(50))
                .body("totalItems", equalTo(90))
                .body("totalPages", equalTo(2))
                .body("items.code", equalTo(expected.subList(50, 90)))
                .body("items[0].nameTh", org.hamcrest.Matchers.startsWith("หน่วยงาน "));
        given().queryParam("size", 201).when().get("/survey-rounds/" + round + "/non-respondents")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", 2).when().get("/survey-rounds/" + round + "/responses/" + agencies.get(0) + "/history")
                .then().statusCode(200)
                .body("items.runsSmartCityProjects", equalTo(List.of(false)))
                .body("totalItems", equalTo(1))
                .body("size", equalTo(2));
    }

    @Test
    void concurrentFirstAnswersOfOneAgencyAreTakenInTurn() throws Exception {
        String round = round();
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        String agency = agencies.get(3);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Callable<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean yes = i % 2 == 0;
            answers.add(() -> asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", yes))
                    .when().put("/survey-rounds/" + round + "/responses/" + agency).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (var result : pool.invokeAll(answers)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        // one stored answer, whichever came last (a lost race would have been a 409 on a duplicate key)
        given().when().get("/survey-rounds/" + round + "/reports/participation")
                .then().body("overall.responded", equalTo(1));
        given().when().get("/survey-rounds/" + round + "/non-respondents").then().body("totalItems", equalTo(91));
    }

    @Test
    void answersWaitForTheRoundToOpenAndARoundOpensOnce() {
        String round = round();
        asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", true))
                .when().put("/survey-rounds/" + round + "/responses/" + agencies.get(0)).then().statusCode(409);
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(409);
    }

    @Test
    void whenAgencyServiceIsDownTheRoundStaysPlanned() {
        String round = round();
        AgencyServiceStandIn.down(true);
        int before = AgencyServiceStandIn.requests();
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening")
                .then().statusCode(503).header("Retry-After", equalTo("10"))
                .body("type", equalTo("/problems/service-unavailable"));
        given().when().get("/survey-rounds/" + round).then().body("status", equalTo("PLANNED"));
        // a failed read of the feed is retried: the first call and two retries
        org.junit.jupiter.api.Assertions.assertEquals(3, AgencyServiceStandIn.requests() - before);
    }

    @Test
    void theMaintainedFiguresFollowFirstAnswersChangedAnswersAndConcurrentAnswers() throws Exception {
        String round = round();
        asSecretariat().contentType("application/json").body(Map.of("excludeTypes", List.of("PRIVATE_SECTOR")))
                .when().post("/survey-rounds/" + round + "/opening").then().statusCode(200);
        Map<Integer, Boolean> answered = new java.util.concurrent.ConcurrentHashMap<>();
        // first answers from eight threads at once: every yes among the first 40, then no
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Callable<Integer>> first = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int agency = i;
            boolean yes = i < 40 && i % 3 == 0;
            first.add(() -> {
                int status = answer(round, agency, yes);
                answered.put(agency, yes);
                return status;
            });
        }
        for (var result : pool.invokeAll(first)) {
            org.junit.jupiter.api.Assertions.assertEquals(200, result.get());
        }
        pool.shutdown();
        // changed minds: yes to no, no to yes, and the same answer again, which changes nothing
        for (int agency : List.of(0, 3, 31, 35)) {
            answer(round, agency, !answered.get(agency));
            answered.put(agency, !answered.get(agency));
        }
        answer(round, 6, answered.get(6));

        var report = given().when().get("/survey-rounds/" + round + "/reports/participation")
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(91, report.getInt("overall.surveyed"));
        org.junit.jupiter.api.Assertions.assertEquals(60, report.getInt("overall.responded"));
        org.junit.jupiter.api.Assertions.assertEquals(count(answered, i -> true), report.getLong("overall.running.count"));
        for (String district : List.of("5001", "5013")) {
            int parity = district.equals("5001") ? 0 : 1;
            String group = "byDistrict.find { it.group == '" + district + "' }";
            org.junit.jupiter.api.Assertions.assertEquals(count(answered, i -> i % 2 == parity),
                    report.getLong(group + ".running.count"), district);
            org.junit.jupiter.api.Assertions.assertEquals(answered.keySet().stream().filter(i -> i % 2 == parity).count(),
                    report.getLong(group + ".responded"), district);
        }
        String local = "byType.find { it.group == 'LOCAL_ADMINISTRATION' }";
        org.junit.jupiter.api.Assertions.assertEquals(30, report.getInt(local + ".surveyed"));
        org.junit.jupiter.api.Assertions.assertEquals(count(answered, i -> i < 30), report.getLong(local + ".running.count"));
        String kind = "byLocalKind.find { it.group == 'SUBDISTRICT_MUNICIPALITY' }";
        org.junit.jupiter.api.Assertions.assertEquals(count(answered, i -> i < 30), report.getLong(kind + ".running.count"));
        String provincial = "byType.find { it.group == 'PROVINCIAL_GOVERNMENT' }";
        org.junit.jupiter.api.Assertions.assertEquals(30, report.getLong(provincial + ".responded"));
        org.junit.jupiter.api.Assertions.assertEquals(count(answered, i -> i >= 30), report.getLong(provincial + ".running.count"));
    }

    private int answer(String round, int agency, boolean yes) {
        return asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", yes))
                .when().put("/survey-rounds/" + round + "/responses/" + agencies.get(agency)).then().extract().statusCode();
    }

    private static long count(Map<Integer, Boolean> answered, java.util.function.IntPredicate which) {
        return answered.entrySet().stream().filter(e -> e.getValue() && which.test(e.getKey())).count();
    }
}
