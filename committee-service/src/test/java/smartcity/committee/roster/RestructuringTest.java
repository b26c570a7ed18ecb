package smartcity.committee.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class RestructuringTest {

    private String committee;
    private String oldSeat;
    private String keptSeat;
    private String oldMember;
    private String newMember;

    private void arrange() {
        committee = asSecretariat().contentType("application/json")
                .body(Map.of("code", "CM-R-" + Tokens.randomId().substring(0, 8).toUpperCase(), "nameTh", "คณะกรรมการ", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
        oldSeat = seat("กรรมการที่จะยุบ");
        keptSeat = seat("กรรมการที่คงไว้");
        oldMember = person("กรรมการเดิม");
        newMember = person("กรรมการใหม่");
        membership(oldSeat, oldMember);
    }

    private String seat(String titleTh) {
        return asSecretariat().contentType("application/json").body(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", titleTh))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    private static String person(String nameTh) {
        return asSecretariat().contentType("application/json").body(Map.of("honorific", "นาง", "nameTh", nameTh))
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    private void membership(String seat, String person) {
        asSecretariat().contentType("application/json").body(Map.of("seatId", seat, "personId", person, "startDate", "2021-01-01"))
                .when().post("/committees/" + committee + "/memberships").then().statusCode(201);
    }

    private Map<String, Object> restructuring(String appointmentPerson) {
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveDate", "2022-07-01");
        body.put("addSeats", List.of(Map.of("key", "trade", "seat",
                Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการด้านการค้าและการลงทุน"))));
        body.put("abolishSeats", List.of(oldSeat));
        body.put("appointments", List.of(Map.of("seatKey", "trade", "personId", appointmentPerson),
                Map.of("seatId", keptSeat, "personId", oldMember)));
        return body;
    }

    @Test
    void aDryRunShowsTheRosterBeforeAndAfterAndWritesNothing() {
        arrange();
        asSecretariat().contentType("application/json").body(restructuring(newMember)).queryParam("dryRun", true)
                .when().post("/committees/" + committee + "/restructurings")
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("before.roster.seat.titleTh", hasItem("กรรมการที่จะยุบ"))
                .body("after.roster.seat.titleTh", not(hasItem("กรรมการที่จะยุบ")))
                .body("after.roster.find { it.seat.titleTh == 'กรรมการด้านการค้าและการลงทุน' }.holder.nameTh", equalTo("กรรมการใหม่"))
                .body("after.roster.find { it.seat.titleTh == 'กรรมการที่คงไว้' }.holder.nameTh", equalTo("กรรมการเดิม"));

        given().queryParam("asOf", "2022-07-01").when().get("/committees/" + committee + "/roster")
                .then().body("roster.seat.titleTh", equalTo(List.of("กรรมการที่จะยุบ", "กรรมการที่คงไว้")))
                .body("roster[0].holder.nameTh", equalTo("กรรมการเดิม"));
    }

    @Test
    void aRestructuringAppliesFromItsDateAsAWhole() {
        arrange();
        asSecretariat().contentType("application/json").body(restructuring(newMember))
                .when().post("/committees/" + committee + "/restructurings")
                .then().statusCode(200).body("dryRun", equalTo(false));

        given().queryParam("asOf", "2022-06-30").when().get("/committees/" + committee + "/roster")
                .then().body("roster.seat.titleTh", equalTo(List.of("กรรมการที่จะยุบ", "กรรมการที่คงไว้")));
        given().queryParam("asOf", "2022-07-01").when().get("/committees/" + committee + "/roster")
                .then().body("roster.seat.titleTh", equalTo(List.of("กรรมการที่คงไว้", "กรรมการด้านการค้าและการลงทุน")))
                .body("filled", equalTo(2));
        given().when().get("/people/" + oldMember + "/memberships")
                .then().body("find { it.seatTitleTh == 'กรรมการที่จะยุบ' }.endDate", equalTo("2022-06-30"))
                .body("find { it.seatTitleTh == 'กรรมการที่จะยุบ' }.endReason", equalTo("RESTRUCTURED"));
    }

    @Test
    void oneBrokenRuleUndoesTheWholeRestructuring() {
        arrange();
        String occupant = person("ผู้ดำรงตำแหน่งอยู่");
        membership(keptSeat, occupant);
        // the kept seat is taken from 2021: seating someone else there from 2022-07-01 breaks the one-holder rule
        Map<String, Object> body = restructuring(newMember);
        asSecretariat().contentType("application/json").body(body)
                .when().post("/committees/" + committee + "/restructurings")
                .then().statusCode(409).contentType("application/problem+json");

        given().queryParam("asOf", "2022-07-01").when().get("/committees/" + committee + "/roster")
                .then().body("roster.seat.titleTh", equalTo(List.of("กรรมการที่จะยุบ", "กรรมการที่คงไว้")))
                .body("roster[0].holder.nameTh", equalTo("กรรมการเดิม"));
        given().when().get("/people/" + oldMember + "/memberships").then().body("[0].endDate", nullValue());
    }

    @Test
    void anAppointmentToAnUnknownSeatIsAValidationError() {
        arrange();
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveDate", "2022-07-01");
        body.put("appointments", List.of(Map.of("seatKey", "nowhere", "personId", newMember)));
        asSecretariat().contentType("application/json").body(body)
                .when().post("/committees/" + committee + "/restructurings")
                .then().statusCode(400).body("errors[0].field", equalTo("appointments[0]"));
    }
}
