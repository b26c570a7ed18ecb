package smartcity.committee.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/**
 * Posts are dated facts: every judgement on a date (roster, vacancies) reads the post held on that date, the ex-officio
 * fit ignores white space, a seat that does not fit needs a reason, and a vacancy says why it is vacant.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class DatedPostsTest {

    static String committee() {
        String code = "CM-DP-" + Tokens.randomId().substring(0, 8).toUpperCase();
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) จังหวัดเชียงใหม่",
                        "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
    }

    static String exOfficioSeat(String committee, String positionTh, String positionEn) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", "MEMBER");
        body.put("basis", "EX_OFFICIO");
        body.put("titleTh", "กรรมการ");
        body.put("positionTh", positionTh);
        body.put("positionEn", positionEn);
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    static String appointedSeat(String committee) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการผู้ทรงคุณวุฒิ"))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    static String person(String nameTh, String positionTh, String positionEn) {
        Map<String, Object> body = new HashMap<>();
        body.put("honorific", "นาย");
        body.put("nameTh", nameTh + " " + Tokens.randomId().substring(0, 6));
        body.put("nameEn", "Somchai Jaidee");
        body.put("positionTh", positionTh);
        body.put("positionEn", positionEn);
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse seat(String committee, String seat, String person, String from,
            String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("seatId", seat);
        body.put("personId", person);
        body.put("startDate", from);
        body.put("reason", reason);
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/committees/" + committee + "/memberships").then();
    }

    private static Map<String, String> bodies(String committee, List<String> days) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String day : days) {
            for (String what : List.of("roster", "vacancies")) {
                bodies.put(what + "@" + day, given().queryParam("asOf", day)
                        .when().get("/committees/" + committee + "/" + what).then().statusCode(200).extract().asString());
            }
        }
        return bodies;
    }

    @Test
    void aMoveRecordedForTheFutureLeavesEveryEarlierRosterAndVacancyListByteForByteAsItWas() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        String move = today.plusYears(1).withDayOfMonth(3).toString();
        List<String> earlier = List.of("2021-03-01", "2022-09-15", today.toString(),
                LocalDate.parse(move).minusDays(1).toString());
        // the mover sits in an appointed seat of one committee (kept through the move) and in an ex-officio seat of
        // another (ended by it); a colleague who stays sits beside them
        String appointedCommittee = committee();
        String expert = appointedSeat(appointedCommittee);
        String energyThere = exOfficioSeat(appointedCommittee, "พาณิชย์จังหวัดเชียงใหม่", null);
        String exOfficioCommittee = committee();
        String energy = exOfficioSeat(exOfficioCommittee, "พลังงานจังหวัดเชียงใหม่", null);
        String mover = person("ผู้ย้าย", "พลังงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Energy Officer");
        String stays = person("ผู้อยู่", "พาณิชย์จังหวัดเชียงใหม่", null);
        seat(appointedCommittee, expert, mover, "2021-01-01", null).statusCode(201);
        seat(appointedCommittee, energyThere, stays, "2021-01-01", null).statusCode(201);
        seat(exOfficioCommittee, energy, mover, "2021-01-01", null).statusCode(201);
        Map<String, String> before = bodies(appointedCommittee, earlier);
        Map<String, String> vacanciesBefore = new LinkedHashMap<>();
        Map<String, String> rosterPostsBefore = new LinkedHashMap<>();
        for (String day : earlier) {
            vacanciesBefore.put(day, given().queryParam("asOf", day).when()
                    .get("/committees/" + exOfficioCommittee + "/vacancies").then().extract().asString());
            rosterPostsBefore.put(day, given().queryParam("asOf", day).when()
                    .get("/committees/" + exOfficioCommittee + "/roster").then().extract().path("roster[0].holder.positionTh"));
        }

        asSecretariat().contentType("application/json")
                .body(Map.of("effectiveDate", move, "positionTh", "พลังงานจังหวัดลำพูน", "positionEn", "Lamphun Provincial Energy Officer"))
                .when().post("/people/" + mover + "/transfer").then().statusCode(200)
                .body("positionTh", equalTo("พลังงานจังหวัดลำพูน")).body("ended", hasSize(1));

        assertEquals(before, bodies(appointedCommittee, earlier));
        for (String day : earlier) {
            assertEquals(vacanciesBefore.get(day), given().queryParam("asOf", day).when()
                    .get("/committees/" + exOfficioCommittee + "/vacancies").then().extract().asString(), day);
            // the membership now has a known last day (`until`), but the post shown on every earlier date is unchanged
            assertEquals(rosterPostsBefore.get(day), given().queryParam("asOf", day).when()
                    .get("/committees/" + exOfficioCommittee + "/roster").then().extract().path("roster[0].holder.positionTh"));
        }
        assertEquals("พลังงานจังหวัดเชียงใหม่", rosterPostsBefore.get(today.toString()));

        // on the move's own date: the appointed seat shows the new post, the ex-officio seat is vacant and says why
        given().queryParam("asOf", move).when().get("/committees/" + appointedCommittee + "/roster")
                .then().body("roster.find { it.seat.basis == 'APPOINTED' }.holder.positionTh", equalTo("พลังงานจังหวัดลำพูน"));
        given().queryParam("asOf", move).when().get("/committees/" + exOfficioCommittee + "/vacancies")
                .then().body("", hasSize(1))
                .body("[0].reason", equalTo("TRANSFERRED"))
                .body("[0].vacantSince", equalTo(move))
                .body("[0].previousHolder.personId", equalTo(mover))
                .body("[0].previousHolder.positionTh", equalTo("พลังงานจังหวัดเชียงใหม่"))
                .body("[0].previousHolder.positionEn", equalTo("Chiang Mai Provincial Energy Officer"))
                .body("[0].cause.kind", equalTo("TRANSFER"));
        // the person: the post held today, and both posts dated
        given().when().get("/people/" + mover).then()
                .body("positionTh", equalTo("พลังงานจังหวัดเชียงใหม่"))
                .body("posts", hasSize(2))
                .body("posts[0].to", equalTo(LocalDate.parse(move).minusDays(1).toString()))
                .body("posts[1].from", equalTo(move))
                .body("posts[1].to", nullValue());
        given().queryParam("asOf", move).when().get("/people/" + mover).then()
                .body("positionTh", equalTo("พลังงานจังหวัดลำพูน"));
    }

    @Test
    void aDoubleSpaceInThePostStillFitsTheExOfficioSeat() {
        String committee = committee();
        String energy = exOfficioSeat(committee, "พลังงานจังหวัดเชียงใหม่", null);
        String officer = person("พลังงาน", "พลังงานจังหวัด  เชียงใหม่", null);
        seat(committee, energy, officer, "2022-06-06", null).statusCode(201).body("exceptionReason", nullValue());
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/vacancies")
                .then().body("", hasSize(0));
    }

    @Test
    void theEnglishFormOfThePostFitsASeatThatNamesOne() {
        String committee = committee();
        String energy = exOfficioSeat(committee, "พลังงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Energy Officer");
        String officer = person("พลังงาน", "พลังงานจ.เชียงใหม่", "Chiang Mai  Provincial Energy Officer");
        seat(committee, energy, officer, "2022-06-06", null).statusCode(201);
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/vacancies")
                .then().body("", hasSize(0));
    }

    @Test
    void seatingSomeoneWhosePostDoesNotFitIsAConflictNamingThePostUnlessAReasonIsGiven() {
        String committee = committee();
        String commerce = exOfficioSeat(committee, "พาณิชย์จังหวัดเชียงใหม่", null);
        String deputy = person("ปลัด", "ปลัดจังหวัดเชียงใหม่", null);

        seat(committee, commerce, deputy, "2022-06-06", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("พาณิชย์จังหวัดเชียงใหม่"))
                .body("detail", containsString("ปลัดจังหวัดเชียงใหม่"));
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/roster").then().body("filled", equalTo(0));

        String reason = "รักษาราชการแทนพาณิชย์จังหวัดเชียงใหม่ ตามคำสั่งจังหวัดเชียงใหม่";
        String membership = seat(committee, commerce, deputy, "2022-06-06", reason).statusCode(201)
                .body("exceptionReason", equalTo(reason)).extract().path("id");
        asSecretariat().when().get("/history/memberships/" + membership).then()
                .body("[0].state.exceptionReason", equalTo(reason));
        // seated as an exception, the seat is held, not lapsed
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/vacancies")
                .then().body("", hasSize(0));
    }

    @Test
    void aRestructuringThatSeatsAMisfitInAnExOfficioSeatIsRefusedWholeUnlessAReasonIsGiven() {
        String committee = committee();
        String commerce = exOfficioSeat(committee, "พาณิชย์จังหวัดเชียงใหม่", null);
        String deputy = person("ปลัด", "ปลัดจังหวัดเชียงใหม่", null);
        Map<String, Object> appointment = new HashMap<>(Map.of("seatId", commerce, "personId", deputy));
        Map<String, Object> change = new HashMap<>(Map.of("effectiveDate", "2022-07-01",
                "addSeats", List.of(Map.of("key", "trade", "seat", Map.of("role", "MEMBER", "basis", "APPOINTED",
                        "titleTh", "กรรมการด้านการค้า"))),
                "appointments", List.of(appointment)));
        asSecretariat().contentType("application/json").body(change)
                .when().post("/committees/" + committee + "/restructurings")
                .then().statusCode(409).body("detail", containsString("พาณิชย์จังหวัดเชียงใหม่"));
        given().when().get("/committees/" + committee + "/seats").then().body("", hasSize(1));

        appointment.put("reason", "มติที่ประชุม");
        asSecretariat().contentType("application/json").body(change)
                .when().post("/committees/" + committee + "/restructurings")
                .then().statusCode(200).body("after.filled", equalTo(1));
    }
}
