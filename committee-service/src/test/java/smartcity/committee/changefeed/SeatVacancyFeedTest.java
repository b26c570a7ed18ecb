package smartcity.committee.changefeed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

/**
 * The change feed's SEAT_VACANCY items: committee-service's own conclusion about each seat, for every day, published in
 * the revision of the change that altered it, and agreeing with {@code /committees/{id}/vacancies} on any date.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class SeatVacancyFeedTest {

    private static List<Map<String, Object>> itemsAfter(String after) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = after;
        while (true) {
            JsonPath page = given().queryParam("after", next).queryParam("limit", 1000).when().get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> slice = page.getList("items");
            if (slice.isEmpty()) {
                return items;
            }
            items.addAll(slice);
            next = page.getString("next");
        }
    }

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

    private static List<Map<String, Object>> of(List<Map<String, Object>> items, String kind, String id) {
        return items.stream().filter(i -> kind.equals(i.get("kind")) && id.equals(i.get("id"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> periods(Map<String, Object> item) {
        return (List<Map<String, Object>>) ((Map<String, Object>) item.get("data")).get("periods");
    }

    private static Object revision(Map<String, Object> item) {
        return item.get("revision");
    }

    private static String committee() {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", "CM-VAC-" + Tokens.randomId().substring(0, 8).toUpperCase(), "nameTh",
                        "คณะกรรมการการพัฒนาเมืองอัจฉริยะ", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
    }

    private static String exOfficioSeat(String committee, String positionTh) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "EX_OFFICIO", "titleTh", "กรรมการ", "positionTh", positionTh))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
    }

    private static String person(String positionTh) {
        Map<String, Object> body = new HashMap<>();
        body.put("honorific", "นาย");
        body.put("nameTh", "สมชาย " + Tokens.randomId().substring(0, 6));
        body.put("positionTh", positionTh);
        return asSecretariat().contentType("application/json").body(body)
                .when().post("/people").then().statusCode(201).extract().path("id");
    }

    /** The seat's reason on the day as its latest SEAT_VACANCY periods say, or null when it needs no filling. */
    private static Object reasonOn(List<Map<String, Object>> periods, LocalDate day) {
        List<Map<String, Object>> covering = periods.stream().filter(p -> {
            Object from = p.get("from");
            Object to = p.get("to");
            return (from == null || !LocalDate.parse((String) from).isAfter(day))
                    && (to == null || !LocalDate.parse((String) to).isBefore(day));
        }).toList();
        assertEquals(1, covering.size(), () -> "one period covers " + day + " in " + periods);
        return covering.get(0).get("reason");
    }

    @Test
    void aSeatingAndATransferEachPublishTheSeatsPeriodsInTheirOwnRevision() {
        String start = head();
        String committee = committee();
        String seat = exOfficioSeat(committee, "พลังงานจังหวัดเชียงใหม่");
        String member = person("พลังงานจังหวัดเชียงใหม่");
        String membership = asSecretariat().contentType("application/json")
                .body(Map.of("seatId", seat, "personId", member, "startDate", "2020-10-01"))
                .when().post("/committees/" + committee + "/memberships").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).contentType("application/json")
                .body(Map.of("effectiveDate", "2022-06-01", "positionTh", "พลังงานจังหวัดลำพูน"))
                .when().post("/people/" + member + "/transfer").then().statusCode(200);

        List<Map<String, Object>> items = itemsAfter(start);
        List<Map<String, Object>> vacancy = of(items, "SEAT_VACANCY", seat);
        assertEquals(List.of("CREATED", "UPDATED", "UPDATED"), vacancy.stream().map(i -> i.get("change")).toList());

        // a new seat: vacant on every day, in the seat's own revision
        assertEquals(revision(of(items, "SEAT", seat).get(0)), revision(vacancy.get(0)));
        assertEquals(List.of(Map.of("status", "VACANT", "reason", "NO_HOLDER_EVER")),
                periods(vacancy.get(0)).stream().map(p -> Map.of("status", p.get("status"), "reason", p.get("reason"))).toList());
        assertNull(periods(vacancy.get(0)).get(0).get("from"));

        // seated: held from the start date, in the membership's revision
        List<Map<String, Object>> memberships = of(items, "MEMBERSHIP", membership);
        assertEquals(revision(memberships.get(0)), revision(vacancy.get(1)));
        assertEquals(List.of("VACANT", "HELD"), periods(vacancy.get(1)).stream().map(p -> p.get("status")).toList());
        assertEquals(membership, periods(vacancy.get(1)).get(1).get("membershipId"));

        // moved: the transfer's revision ends the membership, changes the post and publishes the vacancy it leaves;
        // the days before the move stay HELD (judged on the post held then), and the vacancy says why and who left
        assertEquals(revision(memberships.get(1)), revision(vacancy.get(2)));
        assertEquals(revision(of(items, "PERSON", member).get(1)), revision(vacancy.get(2)));
        List<Map<String, Object>> moved = periods(vacancy.get(2));
        assertEquals(List.of("VACANT", "HELD", "VACANT"), moved.stream().map(p -> p.get("status")).toList());
        assertEquals(Map.of("from", "2020-10-01", "to", "2022-05-31", "personId", member),
                Map.of("from", moved.get(1).get("from"), "to", moved.get(1).get("to"),
                        "personId", moved.get(1).get("personId")));
        Map<String, Object> left = moved.get(2);
        assertEquals("2022-06-01", left.get("from"));
        assertEquals("TRANSFERRED", left.get("reason"));
        assertEquals("2022-06-01", left.get("vacantSince"));
        Map<?, ?> previous = (Map<?, ?>) left.get("previousHolder");
        assertEquals(List.of(member, "นาย", "พลังงานจังหวัดเชียงใหม่"),
                List.of(previous.get("personId"), previous.get("honorificTh"), previous.get("positionTh")));
        assertEquals("TRANSFER", ((Map<?, ?>) left.get("cause")).get("kind"));
    }

    @Test
    void thePublishedPeriodsAgreeWithTheVacanciesOnEveryDateAsked() {
        String start = head();
        String committee = committee();
        String energy = exOfficioSeat(committee, "พลังงานจังหวัดเชียงใหม่");
        String commerce = exOfficioSeat(committee, "พาณิชย์จังหวัดเชียงใหม่");
        String stays = person("พาณิชย์จังหวัดเชียงใหม่");
        String moves = person("พลังงานจังหวัดเชียงใหม่");
        for (List<String> seating : List.of(List.of(commerce, stays), List.of(energy, moves))) {
            asSecretariat().contentType("application/json")
                    .body(Map.of("seatId", seating.get(0), "personId", seating.get(1), "startDate", "2021-01-01"))
                    .when().post("/committees/" + committee + "/memberships").then().statusCode(201);
        }
        as(Tokens.admin()).contentType("application/json")
                .body(Map.of("effectiveDate", "2022-06-01", "positionTh", "พลังงานจังหวัดลำพูน"))
                .when().post("/people/" + moves + "/transfer").then().statusCode(200);

        List<Map<String, Object>> items = itemsAfter(start);
        Map<String, List<Map<String, Object>>> latest = new HashMap<>();
        for (String seat : List.of(energy, commerce)) {
            List<Map<String, Object>> published = of(items, "SEAT_VACANCY", seat);
            latest.put(seat, periods(published.get(published.size() - 1)));
        }
        for (String day : List.of("2020-06-06", "2021-01-01", "2022-05-31", "2022-06-01", LocalDate.now().toString())) {
            JsonPath vacancies = given().queryParam("asOf", day).when().get("/committees/{id}/vacancies", committee)
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> answered = new HashMap<>();
            List<String> seats = vacancies.getList("seat.id");
            List<Object> reasons = vacancies.getList("reason");
            for (int i = 0; i < seats.size(); i++) {
                answered.put(seats.get(i), reasons.get(i));
            }
            Map<String, Object> published = new HashMap<>();
            for (String seat : List.of(energy, commerce)) {
                Object reason = reasonOn(latest.get(seat), LocalDate.parse(day));
                if (reason != null) {
                    published.put(seat, reason);
                }
            }
            assertEquals(answered, published, "on " + day);
        }
    }
}
