package smartcity.committee.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class HistoryResourceTest {

    @Test
    void aTransferredPersonKeepsTheEarlierPostInHistoryWithWhoChangedIt() {
        String person = asSecretariat().contentType("application/json")
                .body(Map.of("honorific", "นาย", "nameTh", "ผู้มีประวัติ", "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่",
                        "phone", "081 111 2222"))
                .when().post("/people").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).contentType("application/json")
                .body(Map.of("effectiveDate", "2022-06-01", "positionTh", "ผู้ว่าราชการจังหวัดลำพูน"))
                .when().post("/people/" + person + "/transfer").then().statusCode(200);

        asSecretariat().when().get("/history/people/" + person)
                .then().body("actor", equalTo(List.of("secretariat@chiangmai.go.th", "operator@chiangmai.go.th")))
                .body("[1].state.updatedBy", equalTo("operator@chiangmai.go.th"));
        // anonymous readers see what changed and when, not whose login made the change
        given().when().get("/history/people/" + person)
                .then().statusCode(200)
                .body("type", equalTo(List.of("ADD", "MOD")))
                .body("actor", equalTo(java.util.Arrays.asList(null, null)))
                .body("[1].state.createdBy", equalTo(null))
                .body("[1].state.updatedBy", equalTo(null))
                .body("[0].state.positionTh", equalTo("ผู้ว่าราชการจังหวัดเชียงใหม่"))
                .body("[1].state.positionTh", equalTo("ผู้ว่าราชการจังหวัดลำพูน"))
                .body("[0].state", not(hasKey("phone")));
        asSecretariat().when().get("/history/people/" + person)
                .then().body("[0].state.phone", equalTo("081 111 2222"));
    }

    @Test
    void unknownKindsAndIdsAreNotFound() {
        given().when().get("/history/secrets/" + Tokens.randomId()).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/history/people/" + Tokens.randomId()).then().statusCode(404);
    }
}
