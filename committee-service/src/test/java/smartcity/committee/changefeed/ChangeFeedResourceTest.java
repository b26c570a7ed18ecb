package smartcity.committee.changefeed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedResourceTest {

    private static final Set<String> PERSON_FIELDS = Set.of("id", "honorific", "nameTh", "nameEn", "positionTh",
            "positionEn", "agencyId");

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    // ---- reading the feed ----

    private static JsonPath page(String after, int limit) {
        return given().queryParam("after", after).queryParam("limit", limit)
                .when().get("/changes")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    /** The cursor after everything committed so far. */
    private static String head() {
        String next = "0";
        while (true) {
            JsonPath page = page(next, 1000);
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getString("next");
        }
    }

    /** Every item after the cursor, read in pages of {@code limit} revisions. */
    private static List<Map<String, Object>> itemsAfter(String after, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = after;
        while (true) {
            JsonPath page = page(next, limit);
            List<Map<String, Object>> slice = page.getList("items");
            if (slice.isEmpty()) {
                assertEquals(next, page.getString("next"), "an empty page hands back the cursor it was given");
                return items;
            }
            items.addAll(slice);
            next = page.getString("next");
        }
    }

    private static Map<String, Object> only(List<Map<String, Object>> items, String kind, String id) {
        List<Map<String, Object>> found = items.stream()
                .filter(item -> kind.equals(item.get("kind")) && id.equals(item.get("id"))).toList();
        assertEquals(1, found.size(), () -> "one " + kind + " item for " + id + " in " + items);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> item) {
        return (Map<String, Object>) item.get("data");
    }

    private static long revision(Map<String, Object> item) {
        return ((Number) item.get("revision")).longValue();
    }

    // ---- writing through the API ----

    private static String uniqueCode(String prefix) {
        return prefix + Tokens.randomId().substring(0, 8).toUpperCase();
    }

    private static String dimension(String code) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "nameTh", "ด้านการค้าและการลงทุนอัจฉริยะ", "nameEn", "Smart Trade and Investment"))
                .when().post("/dimensions").then().statusCode(201).extract().path("id");
    }

    private static String committee() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", uniqueCode("CM-FEED-"), "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ",
                        "nameEn", "Smart City Development Committee", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
    }

    private static String exOfficioSeat(String committee) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("role", "CHAIR", "basis", "EX_OFFICIO", "titleTh", "ประธานกรรมการ", "titleEn", "Chair",
                        "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    private static String appointedSeat(String committee, String titleTh) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", titleTh))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    private static String person(String nameTh, String positionTh, String phone, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("honorific", "นาย");
        body.put("nameTh", nameTh);
        body.put("nameEn", "Feed Person");
        body.put("positionTh", positionTh);
        body.put("phone", phone);
        body.put("email", email);
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    private static String seatPerson(String committee, String seat, String person, String from) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("seatId", seat, "personId", person, "startDate", from))
                .when().post("/committees/" + committee + "/memberships").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> meeting(String chair) {
        return Map.of("heldOn", "2022-06-06", "placeTh", "ห้องประชุม 1 ชั้น 2 อาคารอำนวยการ ศาลากลางจังหวัดเชียงใหม่",
                "placeEn", "Meeting Room 1, Chiang Mai City Hall", "chairPersonId", chair,
                "agenda", List.of("ผลการสำรวจข้อมูลการดำเนินงาน Smart City"));
    }

    // ---- the feed's contract ----

    @Test
    void everyKindOfWriteAppearsWithItsChangeAndPublicState() {
        String start = head();
        String code = uniqueCode("FEED_");
        String dimension = dimension(code);
        String agency = Tokens.randomId();
        AgencyServiceStandIn.knows(agency, "CM-" + agency.substring(0, 6).toUpperCase(), "สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("dimensionId", dimension);
        assignment.put("agencyId", agency);
        assignment.put("role", "LEAD");
        assignment.put("startDate", "2022-06-06");
        String assigned = asSecretariat().contentType("application/json").body(assignment)
                .when().post("/assignments").then().statusCode(201).extract().path("id");
        String committee = committee();
        String seat = exOfficioSeat(committee);
        String governor = person("ประจญ ปรัชญ์สกุล", "ผู้ว่าราชการจังหวัดเชียงใหม่", null, null);
        String membership = seatPerson(committee, seat, governor, "2020-10-01");
        asSecretariat().contentType("application/json").body(Map.of("endDate", "2022-05-31", "reason", "TRANSFERRED"))
                .when().post("/committees/" + committee + "/memberships/" + membership + "/end").then().statusCode(200);
        String meeting = asSecretariat().contentType("application/json").body(meeting(governor))
                .when().post("/committees/" + committee + "/meetings").then().statusCode(201).extract().path("id");
        String resolution = asSecretariat().contentType("application/json")
                .body(Map.of("kind", "FRAMEWORK_CHANGE", "textTh", "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน",
                        "textEn", "To push trade and investment"))
                .when().post("/meetings/" + meeting + "/resolutions").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> items = itemsAfter(start, 100);

        Map<String, Object> dimensionItem = only(items, "DIMENSION", dimension);
        assertEquals("CREATED", dimensionItem.get("change"));
        assertEquals(Map.of("id", dimension, "code", code, "nameTh", "ด้านการค้าและการลงทุนอัจฉริยะ", "nameEn",
                "Smart Trade and Investment", "active", true), subset(data(dimensionItem), "id", "code", "nameTh", "nameEn", "active"));
        assertEquals(dimensionItem.get("cursor"), Long.toString(revision(dimensionItem)));
        assertNotNull(Instant.parse((String) dimensionItem.get("occurredAt")));

        Map<String, Object> assignmentItem = only(items, "ASSIGNMENT", assigned);
        assertEquals("CREATED", assignmentItem.get("change"));
        assertEquals(Map.of("dimensionId", dimension, "agencyId", agency, "role", "LEAD", "startDate", "2022-06-06"),
                subset(data(assignmentItem), "dimensionId", "agencyId", "role", "startDate"));
        assertNull(data(assignmentItem).get("endDate"));

        Map<String, Object> committeeItem = only(items, "COMMITTEE", committee);
        assertEquals(Map.of("level", "PROVINCIAL", "status", "ACTIVE", "nameEn", "Smart City Development Committee"),
                subset(data(committeeItem), "level", "status", "nameEn"));

        Map<String, Object> seatItem = only(items, "SEAT", seat);
        assertEquals(Map.of("committeeId", committee, "role", "CHAIR", "basis", "EX_OFFICIO", "titleTh", "ประธานกรรมการ",
                "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
                subset(data(seatItem), "committeeId", "role", "basis", "titleTh", "positionTh"));

        Map<String, Object> personItem = only(items, "PERSON", governor);
        assertEquals(Map.of("honorific", "นาย", "nameTh", "ประจญ ปรัชญ์สกุล", "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
                subset(data(personItem), "honorific", "nameTh", "positionTh"));

        List<Map<String, Object>> membershipItems = items.stream().filter(i -> membership.equals(i.get("id"))).toList();
        assertEquals(List.of("CREATED", "UPDATED"), membershipItems.stream().map(i -> i.get("change")).toList());
        assertEquals(Map.of("seatId", seat, "personId", governor, "startDate", "2020-10-01"),
                subset(data(membershipItems.get(0)), "seatId", "personId", "startDate"));
        assertNull(data(membershipItems.get(0)).get("endDate"));
        assertEquals(Map.of("endDate", "2022-05-31", "endReason", "TRANSFERRED"),
                subset(data(membershipItems.get(1)), "endDate", "endReason"));

        Map<String, Object> meetingItem = only(items, "MEETING", meeting);
        assertEquals(Map.of("committeeId", committee, "heldOn", "2022-06-06", "chairPersonId", governor),
                subset(data(meetingItem), "committeeId", "heldOn", "chairPersonId"));

        Map<String, Object> resolutionItem = only(items, "RESOLUTION", resolution);
        assertEquals(Map.of("meetingId", meeting, "number", 1, "kind", "FRAMEWORK_CHANGE",
                "textEn", "To push trade and investment", "followUp", "OPEN"),
                subset(data(resolutionItem), "meetingId", "number", "kind", "textEn", "followUp"));

        // one write, one revision: the feed lists them in the order they were made
        List<Long> inWriteOrder = List.of(revision(dimensionItem), revision(assignmentItem), revision(committeeItem),
                revision(seatItem), revision(personItem), revision(membershipItems.get(0)), revision(membershipItems.get(1)),
                revision(meetingItem), revision(resolutionItem));
        assertEquals(inWriteOrder.stream().sorted().distinct().toList(), inWriteOrder);
    }

    @Test
    void aFollowUpIsAnUpdatedResolutionCarryingItsNewFields() {
        String governor = person("ประจญ ปรัชญ์สกุล", "ผู้ว่าราชการจังหวัดเชียงใหม่", null, null);
        String meeting = asSecretariat().contentType("application/json").body(meeting(governor))
                .when().post("/committees/" + committee() + "/meetings").then().statusCode(201).extract().path("id");
        String textTh = "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน";
        String resolution = asSecretariat().contentType("application/json")
                .body(Map.of("kind", "FRAMEWORK_CHANGE", "textTh", textTh, "textEn", "To push trade and investment"))
                .when().post("/meetings/" + meeting + "/resolutions").then().statusCode(201).extract().path("id");
        String commerce = Tokens.randomId();
        AgencyServiceStandIn.knows(commerce, "CM-" + commerce.substring(0, 6).toUpperCase(), "สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        String start = head();

        // refused (DONE needs doneOn): not in the feed
        asSecretariat().contentType("application/json").body(Map.of("followUp", "DONE"))
                .when().put("/resolutions/" + resolution + "/follow-up").then().statusCode(400);
        Map<String, Object> followUp = new HashMap<>();
        followUp.put("followUp", "DONE");
        followUp.put("responsibleAgencyId", commerce);
        followUp.put("dueOn", "2022-06-30");
        followUp.put("doneOn", "2022-06-06");
        followUp.put("noteTh", "เพิ่มด้านการค้าและการลงทุนอัจฉริยะในกรอบการพัฒนาแล้ว");
        followUp.put("noteEn", "Smart Trade and Investment added to the framework");
        asSecretariat().contentType("application/json").body(followUp)
                .when().put("/resolutions/" + resolution + "/follow-up").then().statusCode(200);

        List<Map<String, Object>> items = itemsAfter(start, 100);
        assertEquals(1, items.size(), () -> "one change: " + items);
        Map<String, Object> item = only(items, "RESOLUTION", resolution);
        assertEquals("UPDATED", item.get("change"));
        Map<String, Object> expected = new HashMap<>(followUp);
        expected.put("id", resolution);
        expected.put("meetingId", meeting);
        expected.put("number", 1);
        expected.put("kind", "FRAMEWORK_CHANGE");
        expected.put("textTh", textTh);
        expected.put("textEn", "To push trade and investment");
        assertEquals(expected, data(item));
    }

    private static Map<String, Object> subset(Map<String, Object> data, String... fields) {
        Map<String, Object> subset = new LinkedHashMap<>();
        for (String field : fields) {
            subset.put(field, data.get(field));
        }
        return subset;
    }

    @Test
    void readingFromNextGivesNothingNewUntilTheNextChangeAndNeverRepeats() {
        String start = head();
        String first = dimension(uniqueCode("FEED_"));
        JsonPath page = page(start, 100);
        assertEquals(List.of(first), page.getList("items.id"));
        String next = page.getString("next");
        assertEquals(page.getString("items[0].cursor"), next);

        given().queryParam("after", next).when().get("/changes")
                .then().statusCode(200).body("items", empty()).body("next", equalTo(next));

        String second = dimension(uniqueCode("FEED_"));
        JsonPath later = page(next, 100);
        assertEquals(List.of(second), later.getList("items.id"));
        assertEquals(List.of("CREATED"), later.getList("items.change"));
        assertTrue(Long.parseLong(later.getString("next")) > Long.parseLong(next));
    }

    @Test
    void rejectedAndRolledBackWritesNeverAppear() {
        String code = uniqueCode("FEED_");
        dimension(code);
        String committee = committee();
        String oldSeat = appointedSeat(committee, "กรรมการที่จะยุบ");
        String keptSeat = appointedSeat(committee, "กรรมการที่คงไว้");
        String oldMember = person("กรรมการเดิม", null, null, null);
        String occupant = person("ผู้ดำรงตำแหน่งอยู่", null, null, null);
        String newcomer = person("กรรมการใหม่", null, null, null);
        seatPerson(committee, oldSeat, oldMember, "2021-01-01");
        seatPerson(committee, keptSeat, occupant, "2021-01-01");
        String start = head();

        // a duplicate code (409) and a body that breaks a rule (400)
        asSecretariat().contentType("application/json").body(Map.of("code", code, "nameTh", "ซ้ำ", "nameEn", "Duplicate"))
                .when().post("/dimensions").then().statusCode(409);
        asSecretariat().contentType("application/json").body(Map.of("code", "lower case", "nameTh", "ผิด", "nameEn", "Wrong"))
                .when().post("/dimensions").then().statusCode(400);
        // a restructuring that has flushed its new seat, the abolition and the ended membership, then breaks the
        // one-holder rule (409): all of it is rolled back
        Map<String, Object> restructuring = new HashMap<>();
        restructuring.put("effectiveDate", "2022-07-01");
        restructuring.put("addSeats", List.of(Map.of("key", "trade", "seat",
                Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการด้านการค้าและการลงทุน"))));
        restructuring.put("abolishSeats", List.of(oldSeat));
        restructuring.put("appointments", List.of(Map.of("seatKey", "trade", "personId", newcomer),
                Map.of("seatId", keptSeat, "personId", oldMember)));
        asSecretariat().contentType("application/json").body(restructuring)
                .when().post("/committees/" + committee + "/restructurings").then().statusCode(409);
        // a dry run computes everything and writes nothing
        restructuring.put("appointments", List.of(Map.of("seatKey", "trade", "personId", newcomer)));
        asSecretariat().contentType("application/json").body(restructuring).queryParam("dryRun", true)
                .when().post("/committees/" + committee + "/restructurings").then().statusCode(200).body("dryRun", equalTo(true));

        given().queryParam("after", start).when().get("/changes")
                .then().statusCode(200).body("items", empty()).body("next", equalTo(start));
    }

    @Test
    void aPersonsPhoneAndEmailAndTheWritersLoginsNeverAppearInTheFeed() {
        String start = head();
        String phone = "089 765 4321";
        String email = "feed-" + Tokens.randomId().substring(0, 8) + "@chiangmai.go.th";
        String governor = person("ผู้ว่าที่ย้ายไป", "ผู้ว่าราชการจังหวัดเชียงใหม่", phone, email);
        String committee = committee();
        seatPerson(committee, exOfficioSeat(committee), governor, "2020-10-01");
        as(Tokens.admin()).contentType("application/json")
                .body(Map.of("effectiveDate", "2022-06-01", "positionTh", "ผู้ว่าราชการจังหวัดลำพูน"))
                .when().post("/people/" + governor + "/transfer").then().statusCode(200);

        List<Map<String, Object>> people = new ArrayList<>();
        String next = start;
        while (true) {
            String body = given().queryParam("after", next).queryParam("limit", 2).when().get("/changes")
                    .then().statusCode(200).extract().asString();
            for (String secret : List.of(phone, "0897654321", email, "secretariat@chiangmai.go.th", "operator@chiangmai.go.th")) {
                assertFalse(body.contains(secret), () -> "the feed shows " + secret + ": " + body);
            }
            JsonPath page = JsonPath.from(body);
            if (page.getList("items").isEmpty()) {
                break;
            }
            page.<Map<String, Object>>getList("items").forEach(item -> {
                assertFalse(item.containsKey("actor"), "items do not say who made the change");
                if ("PERSON".equals(item.get("kind"))) {
                    people.add(item);
                }
            });
            next = page.getString("next");
        }
        assertEquals(List.of("CREATED", "UPDATED"), people.stream().map(i -> i.get("change")).toList());
        people.forEach(item -> assertEquals(PERSON_FIELDS, data(item).keySet()));
        assertEquals("ผู้ว่าราชการจังหวัดลำพูน", data(people.get(1)).get("positionTh"));
    }

    @Test
    void smallPagesNeverSplitARevisionAndVisitEveryRevisionOnce() {
        String start = head();
        String committee = committee();
        String chairSeat = exOfficioSeat(committee);
        String memberSeat = appointedSeat(committee, "กรรมการ");
        String governor = person("ผู้ว่าที่ย้ายไป", "ผู้ว่าราชการจังหวัดเชียงใหม่", null, null);
        String member = person("กรรมการเดิม", null, null, null);
        seatPerson(committee, chairSeat, governor, "2020-10-01");
        seatPerson(committee, memberSeat, member, "2021-01-01");
        // one revision with a PERSON and a MEMBERSHIP
        as(Tokens.admin()).contentType("application/json")
                .body(Map.of("effectiveDate", "2022-06-01", "positionTh", "ผู้ว่าราชการจังหวัดลำพูน"))
                .when().post("/people/" + governor + "/transfer").then().statusCode(200);
        // one revision with two SEATs (one new, one abolished) and a MEMBERSHIP ended
        asSecretariat().contentType("application/json")
                .body(Map.of("effectiveDate", "2022-07-01", "abolishSeats", List.of(memberSeat), "addSeats",
                        List.of(Map.of("key", "trade", "seat", Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", "กรรมการใหม่")))))
                .when().post("/committees/" + committee + "/restructurings").then().statusCode(200);
        dimension(uniqueCode("FEED_"));

        JsonPath whole = page(start, 1000);
        List<Map<String, Object>> all = whole.getList("items");
        assertTrue(page(whole.getString("next"), 1000).getList("items").isEmpty(), "one page holds the test's revisions");
        Map<Long, Long> itemsPerRevision = new HashMap<>();
        all.forEach(item -> itemsPerRevision.merge(revision(item), 1L, Long::sum));
        assertTrue(itemsPerRevision.values().stream().anyMatch(n -> n >= 3), "a revision with several records: " + all);

        for (int limit : new int[] {1, 2, 3}) {
            List<Map<String, Object>> visited = new ArrayList<>();
            String next = start;
            while (true) {
                JsonPath page = page(next, limit);
                List<Map<String, Object>> items = page.getList("items");
                if (items.isEmpty()) {
                    break;
                }
                Map<Long, Long> onPage = new HashMap<>();
                items.forEach(item -> onPage.merge(revision(item), 1L, Long::sum));
                assertTrue(onPage.size() <= limit, "limit " + limit + " counts revisions: " + onPage.keySet());
                onPage.forEach((revision, count) -> assertEquals(itemsPerRevision.get(revision), count,
                        "revision " + revision + " whole on one page of limit " + limit));
                assertEquals(items.get(items.size() - 1).get("cursor"), page.getString("next"));
                visited.addAll(items);
                next = page.getString("next");
            }
            assertEquals(all, visited, "pages of " + limit + " visit the same items in the same order");
        }
    }

    @Test
    void aCursorOrLimitTheFeedCannotTakeIsAValidationProblem() {
        for (String after : List.of("yesterday", "-1", "12.5", "1234567890123456789")) {
            given().queryParam("after", after).when().get("/changes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("after"));
        }
        for (int limit : new int[] {0, 1001}) {
            given().queryParam("limit", limit).when().get("/changes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
        given().queryParam("limit", "many").when().get("/changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"));
    }

    @Test
    void theFeedFromTheStartHoldsTheRecordsThatExistedBeforeIt() {
        // the seven dimensions of the 2022 survey are seeded by a migration, not written through the API
        List<Map<String, Object>> seeded = new ArrayList<>();
        String next = "0";
        while (seeded.isEmpty()) {
            JsonPath page = page(next, 1000);
            assertFalse(page.getList("items").isEmpty(), "the seeded dimension is in the feed");
            page.<Map<String, Object>>getList("items").stream()
                    .filter(item -> "6d1c9a10-0001-4c3e-9a51-5c1b2e7f0001".equals(item.get("id")))
                    .forEach(seeded::add);
            next = page.getString("next");
        }
        assertEquals("DIMENSION", seeded.get(0).get("kind"));
        assertEquals("CREATED", seeded.get(0).get("change"));
        assertEquals("SMART_LIVING", data(seeded.get(0)).get("code"));
        assertEquals("ด้านชุมชนอัจฉริยะ", data(seeded.get(0)).get("nameTh"));
    }

    @Test
    void theFeedIsDocumentedAsAPublicOperationWithItsProblems() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/changes'.get.tags", hasItem("Committee change feed"))
                .body("paths.'/changes'.get.summary", equalTo("Read the change feed"))
                .body("paths.'/changes'.get", not(hasKey("security")))
                .body("paths.'/changes'.get.responses.'200'.content.'application/json'.examples", not(equalTo(null)))
                .body("paths.'/changes'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        containsString("Problem"))
                // OpenAPI 3.0 allows nothing beside a $ref, so the described property refers to its shape through allOf
                .body("components.schemas.CommitteeChange.properties.data.allOf.'$ref'", hasItem(containsString("PublicState")))
                .body("components.schemas.PublicState.oneOf.'$ref'", hasItem(containsString("PersonState")))
                .body("components.schemas.PublicState.oneOf", hasSize(9))
                .body("components.schemas.PublicState.oneOf.'$ref'", hasItem(containsString("SeatVacancyState")))
                .body("components.schemas.SeatVacancyState.properties.periods.items.'$ref'", containsString("VacancyPeriod"))
                .body("components.schemas.CommitteeChange.properties", not(hasKey("actor")))
                .body("components.schemas.ResolutionState.properties", hasKey("followUp"))
                .body("components.schemas.ResolutionState.properties", hasKey("doneOn"))
                .body("components.schemas.PersonState.properties", not(hasKey("phone")))
                .body("components.schemas.PersonState.properties", not(hasKey("email")));
    }

    // ---- commit order ----

    /**
     * Holds back the first writer after it has taken its revision id (its audit row cannot be inserted while this test
     * locks the audit table), then lets a second writer run. The second must wait for the first to commit; were it to
     * commit first, a reader would pass the first's revision id before it became visible and never see it.
     */
    @Test
    void aWriteThatTookItsRevisionLaterWaitsUntilTheEarlierOneHasCommitted() throws Exception {
        String start = head();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        Future<String> first;
        Future<String> second;
        List<Long> seen = new ArrayList<>();
        String next;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.executeQuery("SELECT id FROM dimension_aud FOR UPDATE").close();
            }
            first = writers.submit(() -> dimension(uniqueCode("FEED_")));
            awaitTrue(() -> running(blocker, "%insert into dimension_aud%"), "the first writer waits for the audit table");
            second = writers.submit(() -> person("ผู้มาทีหลัง", null, null, null));
            awaitTrue(() -> second.isDone() || running(blocker, "%feed_head%for update%"),
                    "the second writer either waits for its turn or (wrongly) commits");

            JsonPath page = page(start, 100);
            page.<Map<String, Object>>getList("items").forEach(item -> seen.add(revision(item)));
            next = page.getString("next");
            blocker.rollback();
        } finally {
            writers.shutdown();
        }
        String dimension = first.get(30, TimeUnit.SECONDS);
        String person = second.get(30, TimeUnit.SECONDS);

        List<Map<String, Object>> later = itemsAfter(next, 100);
        later.forEach(item -> seen.add(revision(item)));
        assertEquals(revisionsAfter(Long.parseLong(start)), seen, "the reader saw every revision, once, in order");
        assertEquals(List.of("DIMENSION", "PERSON"), later.stream().map(i -> i.get("kind")).toList());
        assertEquals(List.of(dimension, person), later.stream().map(i -> i.get("id")).toList());
    }

    /**
     * 21 writers at once while a reader follows the feed from its cursor. For a moment the audit table of dimensions
     * is locked, so the first dimension writer stops after taking its revision id and the others pile up behind it
     * (without the ordering they would commit later ids first, and the reader would pass the held one by).
     */
    @Test
    void aReaderPollingDuringConcurrentWritesSeesEveryRevisionOnceInOrder() throws Exception {
        String start = head();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger polls = new AtomicInteger();
        Future<List<Long>> reader = pool.submit(() -> {
            List<Long> seen = new ArrayList<>();
            String next = start;
            boolean drained = false;
            while (!drained) {
                boolean finalRound = !writing.get();
                JsonPath page = page(next, 3);
                List<Map<String, Object>> items = page.getList("items");
                items.stream().map(ChangeFeedResourceTest::revision).distinct().forEach(seen::add);
                next = page.getString("next");
                polls.incrementAndGet();
                drained = finalRound && items.isEmpty();
                if (items.isEmpty()) {
                    Thread.sleep(20);
                }
            }
            return seen;
        });
        List<Future<String>> written = new ArrayList<>();
        List<Future<String>> others = new ArrayList<>();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.executeQuery("SELECT id FROM dimension_aud FOR UPDATE").close();
            }
            for (int i = 0; i < 21; i++) {
                Future<String> write = switch (i % 3) {
                    case 0 -> pool.submit(() -> dimension(uniqueCode("FEED_")));
                    case 1 -> pool.submit(() -> person("ผู้เขียนพร้อมกัน", null, null, null));
                    default -> pool.submit(ChangeFeedResourceTest::committee);
                };
                written.add(write);
                if (i % 3 != 0) {
                    others.add(write);
                }
            }
            awaitTrue(() -> running(blocker, "%insert into dimension_aud%"), "a dimension writer holds its revision id");
            awaitTrue(() -> others.stream().anyMatch(Future::isDone) || running(blocker, "%feed_head%for update%"),
                    "other writers queue behind it (or, wrongly, commit)");
            int pollsBefore = polls.get();
            awaitTrue(() -> polls.get() >= pollsBefore + 3, "the reader polls meanwhile");
            blocker.rollback();
        }
        Set<String> created = new HashSet<>();
        try {
            for (Future<String> write : written) {
                created.add(write.get(60, TimeUnit.SECONDS));
            }
        } finally {
            writing.set(false);
        }
        List<Long> seen = reader.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertEquals(revisionsAfter(Long.parseLong(start)), seen, "every committed revision, once, in increasing order");
        assertEquals(21, seen.size());
        Set<Object> ids = new HashSet<>(itemsAfter(start, 1000).stream().map(i -> i.get("id")).toList());
        assertEquals(created, ids);
    }

    private List<Long> revisionsAfter(long cursor) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM revision WHERE id > ? ORDER BY id")) {
            query.setLong(1, cursor);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Whether another connection of the service is running a statement like this (its own user's threads are visible). */
    private static boolean running(Connection connection, String like) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND LOWER(INFO) LIKE ?")) {
            query.setString(1, like);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out: " + what);
            }
            Thread.sleep(20);
        }
    }
}
