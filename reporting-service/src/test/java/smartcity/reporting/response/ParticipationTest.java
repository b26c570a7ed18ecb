package smartcity.reporting.response;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static smartcity.reporting.Tokens.as;
import static smartcity.reporting.Tokens.asSecretariat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.Tokens;

@QuarkusTest
@QuarkusTestResource(value = ParticipationTest.AgencyServiceStandIn.class, restrictToAnnotatedClass = false)
class ParticipationTest {

    /** agency-service's agency list, as WireMock answers it. */
    public static class AgencyServiceStandIn implements QuarkusTestResourceLifecycleManager {
        static WireMockServer server;

        @Override
        public Map<String, String> start() {
            server = new WireMockServer(options().dynamicPort());
            server.start();
            return Map.of("quarkus.rest-client.agency-service.url", server.baseUrl());
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    private final List<String> agencies = new ArrayList<>();

    @BeforeEach
    void theRegistryHoldsNinetyOneSurveyedAgenciesAndOneAssociation() {
        breakers.resetAll();
        agencies.clear();
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 92; i++) {
            String id = UUID.randomUUID().toString();
            agencies.add(id);
            String type = i == 91 ? "PRIVATE_SECTOR" : i < 30 ? "LOCAL_ADMINISTRATION" : "PROVINCIAL_GOVERNMENT";
            String kind = i < 30 ? "\"SUBDISTRICT_MUNICIPALITY\"" : "null";
            items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"code\":\"CM-").append(i)
                    .append("\",\"nameTh\":\"หน่วยงาน ").append(i).append("\",\"type\":\"").append(type)
                    .append("\",\"localKind\":").append(kind).append(",\"district\":\"50").append(i % 2 == 0 ? "01" : "13")
                    .append("\",\"status\":\"ACTIVE\",\"version\":0}");
        }
        AgencyServiceStandIn.server.resetAll();
        AgencyServiceStandIn.server.stubFor(get(urlPathEqualTo("/agencies"))
                .willReturn(okJson("{\"items\":[" + items + "],\"page\":0,\"size\":200,\"totalItems\":92,\"totalPages\":1}")));
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
                .body("runsSmartCityProjects", equalTo(List.of(false, true)))
                .body("answeredBy", equalTo(List.of("editor-" + own + "@agency.example", "editor-" + own + "@agency.example")));
        given().when().get("/survey-rounds/" + round + "/non-respondents")
                .then().statusCode(200)
                .body("size()", equalTo(91))
                .body("agencyId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(own)));
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
        given().when().get("/survey-rounds/" + round + "/non-respondents").then().body("size()", equalTo(91));
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
        AgencyServiceStandIn.server.resetAll();
        AgencyServiceStandIn.server.stubFor(get(urlPathEqualTo("/agencies")).willReturn(aResponse().withStatus(503)));
        String round = round();
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round + "/opening")
                .then().statusCode(503).header("Retry-After", equalTo("10"))
                .body("type", equalTo("/problems/service-unavailable"));
        given().when().get("/survey-rounds/" + round).then().body("status", equalTo("PLANNED"));
        // a failed read of the agency list is retried: the first call and two retries
        org.junit.jupiter.api.Assertions.assertEquals(3,
                AgencyServiceStandIn.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/agencies"))).size());
    }
}
