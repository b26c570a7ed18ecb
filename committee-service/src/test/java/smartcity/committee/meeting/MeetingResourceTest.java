package smartcity.committee.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
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
class MeetingResourceTest {

    private static final String PLACE = "ห้องประชุม 1 ชั้น 2 อาคารอำนวยการ ศาลากลางจังหวัดเชียงใหม่";

    private static String committee() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", "CM-M-" + Tokens.randomId().substring(0, 8).toUpperCase(),
                        "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
    }

    private static String person(String nameTh, String positionTh) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("honorific", "นาย", "nameTh", nameTh, "positionTh", positionTh))
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> meeting(String chair, String actingChair) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", "2022-06-06");
        body.put("placeTh", PLACE);
        body.put("placeEn", "Meeting Room 1, 2nd floor, Administration Building, Chiang Mai City Hall");
        body.put("chairPersonId", chair);
        body.put("actingChairPersonId", actingChair);
        body.put("delegationTh", "ผู้ว่าราชการจังหวัดเชียงใหม่ มอบหมายให้รองผู้ว่าราชการจังหวัดเชียงใหม่ เป็นประธานการประชุม");
        body.put("agenda", List.of("ผลการสำรวจข้อมูลการดำเนินงาน Smart City", "การปรับโครงสร้างคณะกรรมการ"));
        return body;
    }

    @Test
    void aDelegatedMeetingKeepsBothTheChairAndWhoActedForThem() {
        String committee = committee();
        String governor = person("ประจญ ปรัชญ์สกุล", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        String deputy = person("วรญาณ บุญณราช", "รองผู้ว่าราชการจังหวัดเชียงใหม่");
        String speaker = person("ณรงค์ ตนานุวัฒน์", "นายกสมาคมดิจิทัลภาคเหนือ");
        String association = Tokens.randomId();
        AgencyServiceStandIn.knows(association, "CM-NDA", "สมาคมดิจิทัลภาคเหนือ");
        Map<String, Object> body = meeting(governor, deputy);
        body.put("attendees", List.of(Map.of("personId", speaker), Map.of("agencyId", association)));

        String location = asSecretariat().contentType("application/json").body(body)
                .when().post("/committees/" + committee + "/meetings")
                .then().statusCode(201).extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("heldOn", equalTo("2022-06-06"))
                .body("placeTh", equalTo(PLACE))
                .body("chair.nameTh", equalTo("ประจญ ปรัชญ์สกุล"))
                .body("actingChair.nameTh", equalTo("วรญาณ บุญณราช"))
                .body("actingChair.positionTh", equalTo("รองผู้ว่าราชการจังหวัดเชียงใหม่"))
                .body("attendees[0].personNameTh", equalTo("ณรงค์ ตนานุวัฒน์"))
                .body("attendees[1].agencyNameTh", equalTo("สมาคมดิจิทัลภาคเหนือ"))
                .body("agenda[1]", equalTo("การปรับโครงสร้างคณะกรรมการ"));
        given().when().get("/committees/" + committee + "/meetings").then()
                .body("items[0].heldOn", equalTo("2022-06-06"))
                .body("totalItems", equalTo(1));
    }

    @Test
    void resolutionsAreNumberedInOrderAndShowWhatTheyCaused() {
        String committee = committee();
        String governor = person("ผู้ว่า", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        String meeting = asSecretariat().contentType("application/json").body(meeting(governor, null))
                .when().post("/committees/" + committee + "/meetings").then().statusCode(201).extract().path("id");
        String restructure = resolve(meeting, "RESTRUCTURE", "ให้ปรับโครงสร้างและอำนาจหน้าที่ของคณะกรรมการ", 1);
        resolve(meeting, "ASSIGNMENT", "มอบหมายงานให้แต่ละหน่วยงานที่รับผิดชอบโดยตรงในการพัฒนาแต่ละด้าน", 2);
        String push = resolve(meeting, "FRAMEWORK_CHANGE", "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน", 3);

        String code = "TRADE_" + Tokens.randomId().substring(0, 6).toUpperCase();
        asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "nameTh", "ด้านการค้าและการลงทุนอัจฉริยะ", "nameEn", "Smart Trade and Investment",
                        "resolutionId", push))
                .when().post("/dimensions").then().statusCode(201).body("introducedByResolutionId", equalTo(push));

        given().when().get("/resolutions/" + push)
                .then().statusCode(200)
                .body("number", equalTo(3))
                .body("dimensions", equalTo(List.of(code)));
        given().when().get("/meetings/" + meeting)
                .then().body("resolutions.number", equalTo(List.of(1, 2, 3)))
                .body("resolutions[0].id", equalTo(restructure));
        asSecretariat().contentType("application/json")
                .body(Map.of("code", code + "X", "nameTh", "ด้าน", "nameEn", "X", "resolutionId", Tokens.randomId()))
                .when().post("/dimensions").then().statusCode(400).body("errors[0].field", equalTo("resolutionId"));
    }

    private static String resolve(String meeting, String kind, String textTh, int expectedNumber) {
        return asSecretariat().contentType("application/json").body(Map.of("kind", kind, "textTh", textTh))
                .when().post("/meetings/" + meeting + "/resolutions")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("number", equalTo(expectedNumber))
                .extract().path("id");
    }

    @Test
    void badMeetingsAreRefusedWithProblems() {
        String committee = committee();
        String governor = person("ผู้ว่า", "ผู้ว่าราชการจังหวัดเชียงใหม่");
        asSecretariat().contentType("application/json").body(meeting(governor, governor))
                .when().post("/committees/" + committee + "/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("actingChairPersonId"));
        Map<String, Object> both = meeting(governor, null);
        both.put("attendees", List.of(Map.of("personId", governor, "agencyId", Tokens.randomId())));
        asSecretariat().contentType("application/json").body(both)
                .when().post("/committees/" + committee + "/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("attendees[0]"));
        asSecretariat().contentType("application/json").body(meeting(Tokens.randomId(), null))
                .when().post("/committees/" + committee + "/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("chairPersonId"));
        given().contentType("application/json").body(meeting(governor, null))
                .when().post("/committees/" + committee + "/meetings").then().statusCode(401);
        given().when().get("/meetings/" + Tokens.randomId()).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/committees/" + committee + "/meetings").then()
                .body("items.size()", equalTo(0)).body("totalItems", equalTo(0));
    }
}
