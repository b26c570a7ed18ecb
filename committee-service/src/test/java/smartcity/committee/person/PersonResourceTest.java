package smartcity.committee.person;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static smartcity.committee.Tokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class PersonResourceTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    private static Map<String, Object> deputyGovernor(String agencyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("honorific", "นาย");
        body.put("nameTh", "วรญาณ บุญณราช " + Tokens.randomId().substring(0, 6));
        body.put("nameEn", "Woranyan Boonnarach");
        body.put("positionTh", "รองผู้ว่าราชการจังหวัดเชียงใหม่");
        body.put("positionEn", "Deputy Governor of Chiang Mai");
        body.put("agencyId", agencyId);
        body.put("phone", "081 234 5678");
        body.put("email", "deputy@chiangmai.go.th");
        return body;
    }

    @Test
    void personAffiliatedWithAKnownAgencyIsRegisteredAndNamedFromTheLocalCopy() {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.knows(agency, "CM-PO", "สำนักงานจังหวัดเชียงใหม่");
        String id = as(Tokens.secretariat()).contentType("application/json").body(deputyGovernor(agency))
                .when().post("/people")
                .then().statusCode(201)
                .body("agencyNameTh", equalTo("สำนักงานจังหวัดเชียงใหม่"))
                .extract().path("id");

        AgencyServiceStandIn.server().resetAll(); // reads do not call agency-service
        given().when().get("/people/" + id)
                .then().statusCode(200)
                .body("positionTh", equalTo("รองผู้ว่าราชการจังหวัดเชียงใหม่"))
                .body("agencyNameTh", equalTo("สำนักงานจังหวัดเชียงใหม่"));
    }

    @Test
    void simultaneousWritesNamingAnAgencyNewToTheCopyAllSucceed() throws Exception {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.knows(agency, "CM-PAO", "องค์การบริหารส่วนจังหวัดเชียงใหม่");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return as(Tokens.secretariat()).contentType("application/json").body(deputyGovernor(agency))
                        .when().post("/people").then().extract().response();
            }));
        }
        start.countDown();
        java.util.List<io.restassured.response.Response> created = new java.util.ArrayList<>();
        for (var answer : answers) {
            created.add(answer.get());
        }
        pool.shutdown();
        // each write adds the agency to the local copy unless another got there first: none may fail on the duplicate
        Assertions.assertEquals(java.util.Collections.nCopies(8, 201), created.stream().map(r -> r.statusCode()).toList(),
                () -> created.stream().map(r -> r.asString()).toList().toString());
        for (io.restassured.response.Response person : created) {
            given().when().get("/people/" + person.path("id")).then().statusCode(200)
                    .body("agencyNameTh", equalTo("องค์การบริหารส่วนจังหวัดเชียงใหม่"));
        }
    }

    @Test
    void unknownAgencyIsAValidationErrorAndNothingIsWritten() {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.server().stubFor(get("/agencies/" + agency).willReturn(aResponse().withStatus(404)));
        Map<String, Object> body = deputyGovernor(agency);
        as(Tokens.secretariat()).contentType("application/json").body(body)
                .when().post("/people")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("agencyId"))
                .body("errors[0].message", equalTo("no agency has this id"));
        given().queryParam("q", body.get("nameTh")).when().get("/people").then().body("totalItems", equalTo(0));
        // an unknown agency is an answer, not a failure: asked once, no retries
        AgencyServiceStandIn.server().verify(1, getRequestedFor(urlEqualTo("/agencies/" + agency)));
    }

    @Test
    void personalContactDataIsShownToSecretariatAndAdminsOnly() {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.knows(agency, "CM-PO", "สำนักงานจังหวัดเชียงใหม่");
        Map<String, Object> body = deputyGovernor(agency);
        String id = as(Tokens.secretariat()).contentType("application/json").body(body)
                .when().post("/people").then().statusCode(201)
                .body("contact.phone", equalTo("081 234 5678")).extract().path("id");

        given().when().get("/people/" + id).then().statusCode(200).body("$", not(hasKey("contact")));
        as(Tokens.portal()).when().get("/people/" + id).then().body("$", not(hasKey("contact")));
        as(Tokens.agencyEditor(agency)).when().get("/people/" + id).then().body("$", not(hasKey("contact")));
        given().queryParam("q", body.get("nameTh")).when().get("/people")
                .then().body("items[0]", not(hasKey("contact"))).body("items[0].nameTh", equalTo(body.get("nameTh")));

        as(Tokens.secretariat()).when().get("/people/" + id)
                .then().body("contact.phone", equalTo("081 234 5678")).body("contact.email", equalTo("deputy@chiangmai.go.th"));
        as(Tokens.admin()).queryParam("q", body.get("nameTh")).when().get("/people")
                .then().body("items[0].contact.email", equalTo("deputy@chiangmai.go.th"));
    }

    @Test
    void whenAgencyServiceFailsTheWriteIsA503AndNothingIsWritten() {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.server().stubFor(get("/agencies/" + agency).willReturn(aResponse().withStatus(500)));
        Map<String, Object> body = deputyGovernor(agency);
        as(Tokens.secretariat()).contentType("application/json").body(body)
                .when().post("/people")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"))
                .body("type", equalTo("/problems/service-unavailable"));
        given().queryParam("q", body.get("nameTh")).when().get("/people").then().body("totalItems", equalTo(0));
        // a failure is retried: the first call and two retries
        AgencyServiceStandIn.server().verify(3, getRequestedFor(urlEqualTo("/agencies/" + agency)));
    }

    @Test
    void aSlowAgencyServiceIsCutOffByTheTimeout() {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.server().stubFor(get("/agencies/" + agency)
                .willReturn(aResponse().withFixedDelay(4000).withStatus(200).withBody("{}")));
        as(Tokens.secretariat()).contentType("application/json").body(deputyGovernor(agency))
                .when().post("/people")
                .then().statusCode(503)
                .body("type", equalTo("/problems/service-unavailable"));
    }

    @Test
    void repeatedFailuresOpenTheBreakerSoLaterWritesFailWithoutCallingAgencyService() {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.server().stubFor(get("/agencies/" + agency).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 2; i++) {
            as(Tokens.secretariat()).contentType("application/json").body(deputyGovernor(agency))
                    .when().post("/people").then().statusCode(503);
        }
        int callsSoFar = AgencyServiceStandIn.server().findAll(getRequestedFor(urlEqualTo("/agencies/" + agency))).size();

        as(Tokens.secretariat()).contentType("application/json").body(deputyGovernor(agency))
                .when().post("/people").then().statusCode(503);
        Assertions.assertEquals(callsSoFar,
                AgencyServiceStandIn.server().findAll(getRequestedFor(urlEqualTo("/agencies/" + agency))).size(),
                "the open breaker answered without calling agency-service");
        Assertions.assertEquals(io.smallrye.faulttolerance.api.CircuitBreakerState.OPEN, breakers.currentState("agency-service"));
    }

    @Test
    void aPageOfPeopleWithoutAnAgencyIsListedWithoutAgencyNames() {
        String name = "Unaffiliated " + Tokens.randomId().substring(0, 8);
        Map<String, Object> body = new HashMap<>(deputyGovernor(null));
        body.put("nameEn", name);
        as(Tokens.secretariat()).contentType("application/json").body(body)
                .when().post("/people")
                .then().statusCode(201);

        given().queryParam("q", name)
                .when().get("/people")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].nameEn", equalTo(name))
                .body("items[0].agencyId", nullValue())
                .body("items[0].agencyNameTh", nullValue());
    }

    @Test
    void unknownPersonIsANotFoundProblem() {
        given().when().get("/people/" + Tokens.randomId())
                .then().statusCode(404).contentType("application/problem+json").body("detail", notNullValue());
    }
}
