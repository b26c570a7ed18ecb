package smartcity.committee.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/**
 * Corrections (JSON merge patch with If-Match) of people, committees and seats, and amendments of a committee's
 * mandate from a date.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class CorrectionsAndAmendmentsTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final List<String> ACTORS = List.of("secretariat@chiangmai.go.th", "operator@chiangmai.go.th");

    private static String head() {
        String next = "0";
        while (true) {
            JsonPath page = given().queryParam("after", next).queryParam("limit", 1000).when().get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getString("next");
        }
    }

    /** The data of the latest feed item of this kind and id after the cursor. */
    private static Map<String, Object> latestInFeed(String after, String kind, String id) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = after;
        while (true) {
            JsonPath page = given().queryParam("after", next).queryParam("limit", 1000).when().get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> slice = page.getList("items");
            if (slice.isEmpty()) {
                break;
            }
            slice.stream().filter(i -> kind.equals(i.get("kind")) && id.equals(i.get("id"))).forEach(items::add);
            next = page.getString("next");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) items.get(items.size() - 1).get("data");
        return data;
    }

    private static ValidatableResponse patch(String path, String ifMatch, Map<String, Object> body) {
        return as(Tokens.admin()).contentType(MERGE_PATCH).header("If-Match", ifMatch).body(body)
                .when().patch(path).then();
    }

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The shared behaviour: 200 + new ETag, a stale If-Match 412 with nothing changed, two revisions with actors. */
    private static void correctOnce(String path, String history, String field, String corrected, Map<String, Object> serverOwned) {
        String first = etag(path);
        Object was = given().when().get(path).then().extract().path(field);
        String second = patch(path, first, Map.of(field, corrected)).statusCode(200)
                .body(field, equalTo(corrected)).header("ETag", not(equalTo(first))).extract().header("ETag");

        patch(path, first, Map.of(field, "ค่าที่มาช้า")).statusCode(412).contentType("application/problem+json");
        given().when().get(path).then().body(field, equalTo(corrected)).header("ETag", equalTo(second));

        patch(path, second, serverOwned).statusCode(400).contentType("application/problem+json");
        given().when().get(path).then().header("ETag", equalTo(second));

        asSecretariat().when().get(history).then().statusCode(200)
                .body("", hasSize(2))
                .body("actor", equalTo(ACTORS))
                .body("[0].state." + field, equalTo(was))
                .body("[1].state." + field, equalTo(corrected));
    }

    private static String committee(String mandateTh) {
        Map<String, Object> body = new HashMap<>(Map.of("code", "CM-CA-" + Tokens.randomId().substring(0, 8).toUpperCase(),
                "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ (Smart City) จังหวัดเชียงใหม่", "level", "PROVINCIAL"));
        if (mandateTh != null) {
            body.put("mandateTh", mandateTh);
        }
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/committees").then().statusCode(201).extract().path("id");
    }

    private static String person() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("honorific", "นาย", "nameTh", "สมชาย ใจดี " + Tokens.randomId().substring(0, 6),
                        "positionTh", "พลังงานจังหวัดเชียงใหม่"))
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    private static String resolution(String committee) {
        String meeting = asSecretariat().contentType("application/json")
                .body(Map.of("heldOn", "2022-06-06", "placeTh", "ศาลากลางจังหวัดเชียงใหม่", "chairPersonId", person(),
                        "agenda", List.of("การพัฒนาเมืองอัจฉริยะ")))
                .when().post("/committees/" + committee + "/meetings").then().statusCode(201).extract().path("id");
        return asSecretariat().contentType("application/json")
                .body(Map.of("kind", "FRAMEWORK_CHANGE", "textTh", "ปรับปรุงองค์ประกอบและอำนาจหน้าที่ของคณะกรรมการ"))
                .when().post("/meetings/" + meeting + "/resolutions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aPersonsCorrectionIsOneRevisionWithItsActorAndReachesTheFeed() {
        String start = head();
        String person = person();
        correctOnce("/people/" + person, "/history/people/" + person, "nameEn", "Somchai Jaidee",
                Map.of("version", 7));
        patch("/people/" + person, etag("/people/" + person), Map.of("id", Tokens.randomId())).statusCode(400);
        assertEquals("Somchai Jaidee", latestInFeed(start, "PERSON", person).get("nameEn"));
    }

    @Test
    void aPersonsPostIsCorrectedInPlaceNotMoved() {
        String person = person();
        JsonPath read = given().when().get("/people/" + person).then().extract().jsonPath();
        String post = read.getString("posts[0].id");
        patch("/people/" + person + "/posts/" + post, "\"" + read.getLong("posts[0].version") + "\"",
                Map.of("positionEn", "Chiang Mai Provincial Energy Officer")).statusCode(200);
        given().when().get("/people/" + person).then()
                .body("posts", hasSize(1))
                .body("positionEn", equalTo("Chiang Mai Provincial Energy Officer"));
        patch("/people/" + person + "/posts/" + post, "\"0\"", Map.of("positionEn", "stale")).statusCode(412);
        patch("/people/" + person + "/posts/" + post, etag("/people/" + person + "/posts/" + post),
                Map.of("from", "2020-01-01")).statusCode(400);
    }

    @Test
    void aCommitteesCorrectionIsOneRevisionWithItsActorAndReachesTheFeed() {
        String start = head();
        String committee = committee(null);
        correctOnce("/committees/" + committee, "/history/committees/" + committee, "nameEn",
                "Chiang Mai Smart City Development Committee", Map.of("status", "DISSOLVED"));
        assertEquals("Chiang Mai Smart City Development Committee", latestInFeed(start, "COMMITTEE", committee).get("nameEn"));
    }

    @Test
    void aSeatsCorrectionIsOneRevisionWithItsActorAndReachesTheFeed() {
        String start = head();
        String committee = committee(null);
        String seat = DatedPostsTest.exOfficioSeat(committee, "พลังงานจังหวัดเชียงใหม่", null);
        String path = "/committees/" + committee + "/seats/" + seat;
        correctOnce(path, "/history/seats/" + seat, "titleEn", "Member", Map.of("id", Tokens.randomId()));
        assertEquals("Member", latestInFeed(start, "SEAT", seat).get("titleEn"));
        patch(path, etag(path), Map.of("positionTh", "พลังงานจังหวัด  เชียงใหม่", "displayOrder", 9)).statusCode(200)
                .body("positionTh", equalTo("พลังงานจังหวัด  เชียงใหม่")).body("displayOrder", equalTo(9));
    }

    @Test
    void aMandateAmendedFromADateLeavesTheDayBeforeAsItWas() {
        String committee = committee("ขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดเชียงใหม่ ๗ ด้าน");
        String resolution = resolution(committee);
        asSecretariat().contentType("application/json")
                .body(Map.of("mandateTh", "ขับเคลื่อนการพัฒนาเมืองอัจฉริยะ ๗ ด้าน และด้านการค้าและการลงทุนอัจฉริยะ",
                        "mandateEn", "Smart-city development in seven areas and in smart trade and investment",
                        "effectiveDate", "2022-07-01", "resolutionId", resolution))
                .when().post("/committees/" + committee + "/mandates").then().statusCode(201)
                .body("effectiveDate", equalTo("2022-07-01"));

        given().queryParam("asOf", "2022-06-30").when().get("/committees/" + committee).then()
                .body("mandateTh", equalTo("ขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดเชียงใหม่ ๗ ด้าน"))
                .body("mandate.effectiveDate", equalTo(null));
        given().queryParam("asOf", "2022-07-01").when().get("/committees/" + committee).then()
                .body("mandateTh", equalTo("ขับเคลื่อนการพัฒนาเมืองอัจฉริยะ ๗ ด้าน และด้านการค้าและการลงทุนอัจฉริยะ"))
                .body("mandate.effectiveDate", equalTo("2022-07-01"))
                .body("mandate.resolutionId", equalTo(resolution));

        // a second amendment on the same date is a conflict
        asSecretariat().contentType("application/json")
                .body(Map.of("mandateTh", "อีกฉบับ", "effectiveDate", "2022-07-01", "resolutionId", resolution))
                .when().post("/committees/" + committee + "/mandates").then().statusCode(409);
    }

    @Test
    void aRestructuringAmendsTheMandateWithItsSeatsInOneTransaction() {
        String committee = committee("อำนาจหน้าที่เดิม");
        String resolution = resolution(committee);
        asSecretariat().contentType("application/json")
                .body(Map.of("effectiveDate", "2023-01-01", "resolutionId", resolution,
                        "addSeats", List.of(Map.of("key", "trade", "seat", Map.of("role", "MEMBER", "basis", "APPOINTED",
                                "titleTh", "กรรมการด้านการค้าและการลงทุน"))),
                        "mandate", Map.of("mandateTh", "อำนาจหน้าที่ใหม่ รวมด้านการค้าและการลงทุน")))
                .when().post("/committees/" + committee + "/restructurings").then().statusCode(200);
        given().queryParam("asOf", "2022-12-31").when().get("/committees/" + committee).then()
                .body("mandateTh", equalTo("อำนาจหน้าที่เดิม"));
        given().queryParam("asOf", "2023-01-01").when().get("/committees/" + committee).then()
                .body("mandateTh", equalTo("อำนาจหน้าที่ใหม่ รวมด้านการค้าและการลงทุน"))
                .body("mandate.resolutionId", equalTo(resolution));
        given().when().get("/committees/" + committee + "/mandates").then().body("", hasSize(2));
    }
}
