package smartcity.committee.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;
import static smartcity.committee.correction.CorrectionRequests.feedHead;
import static smartcity.committee.correction.CorrectionRequests.feedItems;
import static smartcity.committee.correction.CorrectionRequests.patch;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/** Correcting meetings and resolutions by JSON merge patch, with If-Match, and what history and the feed then say. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class MeetingCorrectionTest {

    private static final String PLACE = "ห้องประชุม 1 ชั้น 2 อาคารอำนวยการ ศาลากลางจังหวัดเชียงใหม่";
    private static final String CORRECT_PLACE = "ห้องประชุมอินทนิล ชั้น 3 ศาลากลางจังหวัดเชียงใหม่";
    private static final String TEXT = "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน";

    private static String committee() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", "CM-C-" + Tokens.randomId().substring(0, 8).toUpperCase(),
                        "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
    }

    private static String person(String nameTh) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("honorific", "นาย", "nameTh", nameTh, "positionTh", "รองผู้ว่าราชการจังหวัดเชียงใหม่"))
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    private static String meeting(String chair) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("heldOn", "2022-06-06", "placeTh", PLACE, "chairPersonId", chair,
                        "agenda", List.of("ผลการสำรวจข้อมูลการดำเนินงาน Smart City")))
                .when().post("/committees/" + committee() + "/meetings").then().statusCode(201).extract().path("id");
    }

    private static String resolution(String meeting) {
        return asSecretariat().contentType("application/json").body(Map.of("kind", "OTHER", "textTh", TEXT))
                .when().post("/meetings/" + meeting + "/resolutions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aMeetingCorrectedWithIfMatchAnswersTheNewStateAndETag() {
        String governor = person("ประจญ ปรัชญ์สกุล");
        String deputy = person("วรญาณ บุญณราช");
        String association = Tokens.randomId();
        AgencyServiceStandIn.knows(association, "CM-NDA", "สมาคมดิจิทัลภาคเหนือ");
        String meeting = meeting(governor);
        String cursor = feedHead();

        patch(asSecretariat(), "/meetings/" + meeting, "\"0\"", "{\"placeTh\": \"" + CORRECT_PLACE + "\", "
                + "\"actingChairPersonId\": \"" + deputy + "\", \"minutesTh\": \"ที่ประชุมรับทราบ\", "
                + "\"attendees\": [{\"agencyId\": \"" + association + "\"}], \"agenda\": [\"การปรับโครงสร้างคณะกรรมการ\"]}")
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("placeTh", equalTo(CORRECT_PLACE))
                .body("chair.nameTh", equalTo("ประจญ ปรัชญ์สกุล"))
                .body("actingChair.nameTh", equalTo("วรญาณ บุญณราช"))
                .body("minutesTh", equalTo("ที่ประชุมรับทราบ"))
                .body("attendees[0].agencyNameTh", equalTo("สมาคมดิจิทัลภาคเหนือ"))
                .body("agenda", equalTo(List.of("การปรับโครงสร้างคณะกรรมการ")))
                .body("heldOn", equalTo("2022-06-06"))
                .body("version", equalTo(1));

        given().when().get("/meetings/" + meeting).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("placeTh", equalTo(CORRECT_PLACE));
        asSecretariat().when().get("/history/meetings/" + meeting).then().statusCode(200)
                .body("type", equalTo(List.of("ADD", "MOD")))
                .body("actor", equalTo(List.of("secretariat@chiangmai.go.th", "secretariat@chiangmai.go.th")))
                .body("[0].state.placeTh", equalTo(PLACE))
                .body("[1].state.placeTh", equalTo(CORRECT_PLACE));
        List<Map<String, Object>> items = feedItems(cursor, "MEETING", meeting);
        assertEquals(1, items.size(), () -> "one MEETING item for the correction: " + items);
        assertEquals("UPDATED", items.get(0).get("change"));
        assertEquals(CORRECT_PLACE, ((Map<?, ?>) items.get(0).get("data")).get("placeTh"));
        assertEquals(deputy, ((Map<?, ?>) items.get(0).get("data")).get("actingChairPersonId"));
    }

    @Test
    void correctingOnlyTheAgendaIsStillOneRevision() {
        String meeting = meeting(person("ประจญ ปรัชญ์สกุล"));

        patch(asSecretariat(), "/meetings/" + meeting, "\"0\"", "{\"agenda\": null}")
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("agenda", equalTo(List.of()));

        given().when().get("/history/meetings/" + meeting).then().body("type", equalTo(List.of("ADD", "MOD")));
    }

    @Test
    void aStaleIfMatchOnAMeetingIs412AndChangesNothing() {
        String meeting = meeting(person("ประจญ ปรัชญ์สกุล"));
        patch(asSecretariat(), "/meetings/" + meeting, "\"0\"", "{\"placeEn\": \"Meeting Room 1\"}").statusCode(200);

        patch(asSecretariat(), "/meetings/" + meeting, "\"0\"", "{\"placeTh\": \"" + CORRECT_PLACE + "\"}")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"))
                .body("detail", containsString("version 1"));

        given().when().get("/meetings/" + meeting).then()
                .header("ETag", equalTo("\"1\""))
                .body("placeTh", equalTo(PLACE))
                .body("placeEn", equalTo("Meeting Room 1"));
        given().when().get("/history/meetings/" + meeting).then().body("type", equalTo(List.of("ADD", "MOD")));
    }

    @Test
    void aMeetingCorrectionNamingAServerOwnedOrFixedFieldIsRefusedNamingIt() {
        String meeting = meeting(person("ประจญ ปรัชญ์สกุล"));

        for (String field : List.of("id", "version", "heldOn", "committeeId")) {
            patch(asSecretariat(), "/meetings/" + meeting, null, "{\"" + field + "\": \"1\"}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(containsString(field));
        }
        given().when().get("/meetings/" + meeting).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void aMeetingCorrectionIsCheckedLikeTheRecordItCorrects() {
        String governor = person("ประจญ ปรัชญ์สกุล");
        String meeting = meeting(governor);

        patch(asSecretariat(), "/meetings/" + meeting, null, "{\"chairPersonId\": \"" + Tokens.randomId() + "\"}")
                .statusCode(400).body("errors.field", equalTo(List.of("chairPersonId")));
        patch(asSecretariat(), "/meetings/" + meeting, null, "{\"actingChairPersonId\": \"" + governor + "\"}")
                .statusCode(400).body("errors.field", equalTo(List.of("actingChairPersonId")));
        patch(asSecretariat(), "/meetings/" + meeting, null, "{\"placeTh\": null}")
                .statusCode(400).body("errors.field", hasItem("placeTh"));
        patch(asSecretariat(), "/meetings/" + meeting, null, "{\"attendees\": [{}]}")
                .statusCode(400).body("errors.field", equalTo(List.of("attendees[0]")));
        patch(asSecretariat(), "/meetings/" + meeting, null, "[]")
                .statusCode(400).body("type", equalTo("/problems/malformed-request"));
        asSecretariat().contentType("application/json").body("{\"placeEn\": \"Room 1\"}")
                .when().patch("/meetings/" + meeting).then().statusCode(415);

        given().when().get("/meetings/" + meeting).then().header("ETag", equalTo("\"0\"")).body("placeTh", equalTo(PLACE));
    }

    @Test
    void onlyTheSecretariatAndAdminsCorrectMeetingsAndResolutions() {
        String meeting = meeting(person("ประจญ ปรัชญ์สกุล"));
        String resolution = resolution(meeting);

        for (String path : List.of("/meetings/" + meeting, "/resolutions/" + resolution)) {
            patch(given(), path, null, "{\"placeEn\": \"x\"}").statusCode(401).body("type", equalTo("/problems/unauthenticated"));
            patch(as(Tokens.portal()), path, null, "{\"placeEn\": \"x\"}").statusCode(403).body("type", equalTo("/problems/forbidden"));
            patch(as(Tokens.agencyEditor(Tokens.randomId())), path, null, "{\"placeEn\": \"x\"}").statusCode(403);
        }
        patch(as(Tokens.admin()), "/resolutions/" + resolution, "\"0\"", "{\"textEn\": \"By the admin\"}").statusCode(200);
    }

    @Test
    void aResolutionCorrectedWithIfMatchAnswersTheNewStateAndETag() {
        String resolution = resolution(meeting(person("ประจญ ปรัชญ์สกุล")));
        String cursor = feedHead();

        patch(as(Tokens.admin()), "/resolutions/" + resolution, "\"0\"",
                "{\"kind\": \"FRAMEWORK_CHANGE\", \"textEn\": \"A new push on trade and investment\"}")
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("kind", equalTo("FRAMEWORK_CHANGE"))
                .body("textTh", equalTo(TEXT))
                .body("textEn", equalTo("A new push on trade and investment"))
                .body("followUp", equalTo("OPEN"))
                .body("version", equalTo(1));

        asSecretariat().when().get("/history/resolutions/" + resolution).then().statusCode(200)
                .body("type", equalTo(List.of("ADD", "MOD")))
                .body("actor", equalTo(List.of("secretariat@chiangmai.go.th", "operator@chiangmai.go.th")))
                .body("[0].state.kind", equalTo("OTHER"))
                .body("[1].state.kind", equalTo("FRAMEWORK_CHANGE"));
        List<Map<String, Object>> items = feedItems(cursor, "RESOLUTION", resolution);
        assertEquals(1, items.size(), () -> "one RESOLUTION item for the correction: " + items);
        assertEquals("UPDATED", items.get(0).get("change"));
        assertEquals("FRAMEWORK_CHANGE", ((Map<?, ?>) items.get(0).get("data")).get("kind"));
        assertEquals("A new push on trade and investment", ((Map<?, ?>) items.get(0).get("data")).get("textEn"));
    }

    @Test
    void aStaleIfMatchOnAResolutionIs412AndChangesNothing() {
        String resolution = resolution(meeting(person("ประจญ ปรัชญ์สกุล")));
        patch(asSecretariat(), "/resolutions/" + resolution, null, "{\"textEn\": \"First\"}")
                .statusCode(200).header("ETag", equalTo("\"1\""));

        patch(asSecretariat(), "/resolutions/" + resolution, "\"0\"", "{\"textEn\": \"Second\"}")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"));

        given().when().get("/resolutions/" + resolution).then()
                .header("ETag", equalTo("\"1\"")).body("textEn", equalTo("First"));
        given().when().get("/history/resolutions/" + resolution).then().body("type", equalTo(List.of("ADD", "MOD")));
    }

    @Test
    void aResolutionCorrectionNamingAServerOwnedFieldIsRefusedNamingIt() {
        String resolution = resolution(meeting(person("ประจญ ปรัชญ์สกุล")));

        for (String field : List.of("id", "version", "number", "followUp", "meetingId")) {
            patch(asSecretariat(), "/resolutions/" + resolution, "\"0\"", "{\"" + field + "\": \"1\"}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(containsString(field));
        }
        patch(asSecretariat(), "/resolutions/" + resolution, "\"0\"", "{\"textTh\": \" \", \"kind\": null}")
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("textTh", "kind"));

        given().when().get("/resolutions/" + resolution).then()
                .header("ETag", equalTo("\"0\"")).body("kind", equalTo("OTHER")).body("textTh", equalTo(TEXT));
    }
}
