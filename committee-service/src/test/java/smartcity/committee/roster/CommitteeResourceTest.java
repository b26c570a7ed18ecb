package smartcity.committee.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class CommitteeResourceTest {

    private static String committee() {
        String code = "CM-SC-" + Tokens.randomId().substring(0, 8).toUpperCase();
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) จังหวัดเชียงใหม่",
                        "nameEn", "Chiang Mai Smart City Development Committee", "level", "PROVINCIAL",
                        "establishedBy", "คำสั่งจังหวัดเชียงใหม่"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
    }

    private static String exOfficioSeat(String committee, String role, String titleTh, String positionTh) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("role", role, "basis", "EX_OFFICIO", "titleTh", titleTh, "positionTh", positionTh))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    private static String appointedSeat(String committee, String titleTh) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", titleTh))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    private static String person(String nameTh, String positionTh) {
        Map<String, Object> body = new HashMap<>();
        body.put("honorific", "นาย");
        body.put("nameTh", nameTh);
        body.put("positionTh", positionTh);
        body.put("phone", "081 000 0000");
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse seat(String committee, String seat, String person,
            String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("seatId", seat);
        body.put("personId", person);
        body.put("startDate", from);
        body.put("endDate", to);
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/committees/" + committee + "/memberships").then();
    }

    @Test
    void theLocationOfAnAddedSeatAndOfANewMembershipCanBeRead() {
        String committee = committee();
        String seatLocation = asSecretariat().contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการผู้ทรงคุณวุฒิ 👩🏽‍💼"))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().header("Location");
        String seat = given().when().get(seatLocation).then().statusCode(200)
                .body("titleTh", equalTo("กรรมการผู้ทรงคุณวุฒิ 👩🏽‍💼"))
                .extract().path("id");
        String person = person("นางสาวทดสอบ ที่นั่ง", "ผู้ทรงคุณวุฒิ");
        String membershipLocation = seat(committee, seat, person, "2022-06-06", null).statusCode(201).extract().header("Location");
        given().when().get(membershipLocation).then().statusCode(200)
                .body("personId", equalTo(person))
                .body("startDate", equalTo("2022-06-06"));

        // another committee's seat or membership is not found under this committee
        String other = committee();
        given().when().get("/committees/" + other + "/seats/" + seat).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(membershipLocation.replace(committee, other)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rosterOnAPastDateShowsWhoWasInOfficeThen() {
        String committee = committee();
        String chair = exOfficioSeat(committee, "CHAIR", "ประธานกรรมการ", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        String former = person("ผู้ว่าคนก่อน", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        String current = person("ประจญ ปรัชญ์สกุล", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        String membership = seat(committee, chair, former, "2020-10-01", null).statusCode(201).extract().path("id");
        asSecretariat().contentType("application/json").body(Map.of("endDate", "2022-05-31", "reason", "TRANSFERRED"))
                .when().post("/committees/" + committee + "/memberships/" + membership + "/end")
                .then().statusCode(200).body("endReason", equalTo("TRANSFERRED"));
        seat(committee, chair, current, "2022-06-01", null).statusCode(201);

        given().queryParam("asOf", "2022-05-31").when().get("/committees/" + committee + "/roster")
                .then().statusCode(200)
                .body("roster[0].holder.nameTh", equalTo("ผู้ว่าคนก่อน"))
                .body("filled", equalTo(1));
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/roster")
                .then().body("roster[0].holder.nameTh", equalTo("ประจญ ปรัชญ์สกุล"))
                .body("roster[0].seat.role", equalTo("CHAIR"))
                .body("roster[0].holder", not(hasKey("phone")));
        given().queryParam("asOf", "2020-09-30").when().get("/committees/" + committee + "/roster")
                .then().body("roster[0].holder", nullValue()).body("vacant", equalTo(1));
    }

    @Test
    void aSeatHasOneHolderOnAnyDate() {
        String committee = committee();
        String seat = appointedSeat(committee, "กรรมการผู้ทรงคุณวุฒิ");
        String first = person("กรรมการคนแรก", "ผู้ทรงคุณวุฒิ");
        String second = person("กรรมการคนที่สอง", "ผู้ทรงคุณวุฒิ");
        seat(committee, seat, first, "2022-01-01", null).statusCode(201);

        seat(committee, seat, second, "2022-06-01", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is held by นายกรรมการคนแรก from 2022-01-01 with no end date"));
        seat(committee, seat, second, "2021-01-01", "2022-01-01").statusCode(409);
        seat(committee, seat, second, "2021-01-01", "2021-12-31").statusCode(201);
    }

    @Test
    void concurrentRequestsForOneSeatLetExactlyOneWin() throws Exception {
        String committee = committee();
        String seat = appointedSeat(committee, "กรรมการ");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(person("ผู้สมัครคนที่ " + i, "ผู้ทรงคุณวุฒิ"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (String candidate : people) {
            requests.add(() -> seat(committee, seat, candidate, "2022-06-06", null).extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(requests)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        Assertions.assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/roster")
                .then().body("filled", equalTo(1));
    }

    @Test
    void vacanciesShowEmptySeatsAndHoldersWhosePostDoesNotFit() {
        String committee = committee();
        String chair = exOfficioSeat(committee, "CHAIR", "ประธานกรรมการ", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        String energy = exOfficioSeat(committee, "MEMBER", "กรรมการ", "พลังงานจังหวัดเชียงใหม่");
        appointedSeat(committee, "กรรมการผู้ทรงคุณวุฒิ");
        seat(committee, chair, person("ผู้ว่า", "ผู้ว่าราชการจังหวัดเชียงใหม่"), "2022-01-01", null).statusCode(201);
        String wronglyRecorded = person("ผู้ที่บันทึกตำแหน่งผิด", "พลังงานจังหวัดเชียงใหม่");
        seat(committee, energy, wronglyRecorded, "2021-01-01", null).statusCode(201);
        // the post was recorded wrongly: corrected, it is Lamphun's all along, and the seat has lapsed all along
        io.restassured.path.json.JsonPath read = given().when().get("/people/" + wronglyRecorded).then().extract().jsonPath();
        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"" + read.getLong("posts[0].version") + "\"")
                .body(Map.of("positionTh", "พลังงานจังหวัดลำพูน"))
                .when().patch("/people/" + wronglyRecorded + "/posts/" + read.getString("posts[0].id"))
                .then().statusCode(200).body("positionTh", equalTo("พลังงานจังหวัดลำพูน"));

        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/vacancies")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.reason == 'POSITION_NO_LONGER_HELD' }.seat.positionTh", equalTo("พลังงานจังหวัดเชียงใหม่"))
                .body("find { it.reason == 'POSITION_NO_LONGER_HELD' }.holder.positionTh", equalTo("พลังงานจังหวัดลำพูน"))
                .body("find { it.reason == 'NO_HOLDER_EVER' }.seat.basis", equalTo("APPOINTED"));
    }

    @Test
    void aTransferEndsTheExOfficioSeatsItInvalidatesAndKeepsAppointedOnes() {
        String committee = committee();
        String chair = exOfficioSeat(committee, "CHAIR", "ประธานกรรมการ", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        String expert = appointedSeat(committee, "กรรมการผู้ทรงคุณวุฒิ");
        String governor = person("ผู้ว่าที่ย้าย", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        seat(committee, chair, governor, "2021-01-01", null).statusCode(201);
        seat(committee, expert, governor, "2021-01-01", null).statusCode(201);

        asSecretariat().contentType("application/json")
                .body(Map.of("effectiveDate", "2022-06-01", "positionTh", "ผู้ว่าราชการจังหวัดลำพูน"))
                .when().post("/people/" + governor + "/transfer")
                .then().statusCode(200)
                .body("positionTh", equalTo("ผู้ว่าราชการจังหวัดลำพูน"))
                .body("ended", hasSize(1))
                .body("ended[0].seatTitleTh", equalTo("ประธานกรรมการ"))
                .body("ended[0].endDate", equalTo("2022-05-31"))
                .body("ended[0].endReason", equalTo("TRANSFERRED"));

        given().queryParam("asOf", "2022-05-31").when().get("/committees/" + committee + "/roster")
                .then().body("filled", equalTo(2));
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/roster")
                .then().body("roster.find { it.seat.role == 'CHAIR' }.holder", nullValue()).body("filled", equalTo(1));
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/vacancies")
                .then().body("", hasSize(1)).body("[0].reason", equalTo("TRANSFERRED")).body("[0].seat.role", equalTo("CHAIR"))
                .body("[0].previousHolder.personId", equalTo(governor))
                .body("[0].previousHolder.nameTh", equalTo("ผู้ว่าที่ย้าย"))
                .body("[0].previousHolder.positionTh", equalTo("ผู้ว่าราชการจังหวัดเชียงใหม่"))
                .body("[0].vacantSince", equalTo("2022-06-01"))
                .body("[0].cause.kind", equalTo("TRANSFER"))
                .body("[0].holder", nullValue());
        given().when().get("/people/" + governor + "/memberships")
                .then().body("find { it.seatTitleTh == 'ประธานกรรมการ' }.endReason", equalTo("TRANSFERRED"))
                .body("find { it.seatTitleTh == 'กรรมการผู้ทรงคุณวุฒิ' }.endDate", nullValue());
    }

    @Test
    void aPersonsHistoryListsEverySeatHeld() {
        String first = committee();
        String second = committee();
        String person = person("ผู้มีประวัติ", "ผู้ทรงคุณวุฒิ");
        seat(first, appointedSeat(first, "กรรมการ ก"), person, "2019-01-01", "2020-12-31").statusCode(201);
        seat(second, appointedSeat(second, "กรรมการ ข"), person, "2021-01-01", null).statusCode(201);
        given().when().get("/people/" + person + "/memberships")
                .then().statusCode(200)
                .body("seatTitleTh", equalTo(List.of("กรรมการ ก", "กรรมการ ข")))
                .body("committeeId", equalTo(List.of(first, second)));
    }

    @Test
    void aMembershipEndsOnceAndNeverBeforeItStarted() {
        String committee = committee();
        String membership = seat(committee, appointedSeat(committee, "กรรมการ"), person("กรรมการ", "ผู้ทรงคุณวุฒิ"),
                "2022-01-01", null).statusCode(201).extract().path("id");
        String end = "/committees/" + committee + "/memberships/" + membership + "/end";
        asSecretariat().contentType("application/json").body(Map.of("endDate", "2021-12-31", "reason", "RESIGNED"))
                .when().post(end).then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        asSecretariat().contentType("application/json").body(Map.of("endDate", "2022-06-30", "reason", "RESIGNED"))
                .when().post(end).then().statusCode(200).body("endDate", equalTo("2022-06-30"));
        asSecretariat().contentType("application/json").body(Map.of("endDate", "2022-07-31", "reason", "RETIRED"))
                .when().post(end).then().statusCode(409).body("detail", equalTo("The membership already ended on 2022-06-30"));
    }

    @Test
    void endingOneMembershipFromManyRequestsAtOnceEndsItOnceAndNeverFailsWithA500() throws Exception {
        String committee = committee();
        String membership = seat(committee, appointedSeat(committee, "กรรมการ"), person("กรรมการ", "ผู้ทรงคุณวุฒิ"),
                "2022-01-01", null).statusCode(201).extract().path("id");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> ends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String day = "2022-06-" + (10 + i);
            ends.add(() -> asSecretariat().contentType("application/json").body(Map.of("endDate", day, "reason", "RESIGNED"))
                    .when().post("/committees/" + committee + "/memberships/" + membership + "/end").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(ends)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        Assertions.assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        Assertions.assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void badInputIsAnsweredWithProblemsAndChangesNothing() {
        String committee = committee();
        asSecretariat().contentType("application/json")
                .body(Map.of("role", "CHAIR", "basis", "EX_OFFICIO", "titleTh", "ประธาน"))
                .when().post("/committees/" + committee + "/seats")
                .then().statusCode(400).body("errors[0].field", equalTo("positionTh"));
        String person = person("ใครสักคน", "ผู้ทรงคุณวุฒิ");
        seat(committee, Tokens.randomId(), person, "2022-01-01", null).statusCode(400).body("errors[0].field", equalTo("seatId"));
        String seat = appointedSeat(committee, "กรรมการ");
        seat(committee, seat, Tokens.randomId(), "2022-01-01", null).statusCode(400).body("errors[0].field", equalTo("personId"));
        seat(committee, seat, person, "2022-01-01", "2021-01-01").statusCode(400).body("errors[0].field", equalTo("endDate"));
        given().queryParam("asOf", "last tuesday").when().get("/committees/" + committee + "/roster")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().when().get("/committees/" + Tokens.randomId() + "/roster").then().statusCode(404);
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/roster")
                .then().body("filled", equalTo(0));
    }

    @Test
    void onlyTheSecretariatAndAdminsChangeTheRoster() {
        String committee = committee();
        Tokens.as(Tokens.portal()).contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการ"))
                .when().post("/committees/" + committee + "/seats").then().statusCode(403);
        given().contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการ"))
                .when().post("/committees/" + committee + "/seats").then().statusCode(401);
        given().when().get("/committees/" + committee + "/seats").then().statusCode(200).body("", hasSize(0));
    }
}
