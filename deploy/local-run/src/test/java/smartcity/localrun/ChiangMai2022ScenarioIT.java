package smartcity.localrun;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Chiang Mai 2022 scenario, loaded as {@code deploy/run.sh} loads it, read back through the services' public APIs:
 * the facts of the news item (91 surveyed, 19 = 20.9 % = "21 percent" with projects, 72 without; seven dimensions and
 * an eighth by resolution of 6 June 2022; a committee restructured because members had moved; every dimension with a
 * lead agency). The tests only read, except the one that loads the scenario again, which must change nothing any other
 * test sees; so their order does not matter.
 */
@ExtendWith(ScenarioSuite.class)
class ChiangMai2022ScenarioIT {

    private static final String ROUND = "SMART-CITY-2565";
    private static final String COMMITTEE = "CM-SMART-CITY";
    private static final String MEETING_DAY = "2022-06-06";
    /** When the restructuring the meeting resolved takes effect in the scenario. */
    private static final String RESTRUCTURED_FROM = "2022-07-01";

    private static final String ENERGY_SEAT = "พลังงานจังหวัดเชียงใหม่";
    private static final String COMMERCE_SEAT = "พาณิชย์จังหวัดเชียงใหม่";
    private static final String DIGITAL_SEAT = "ผู้อำนวยการสำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัดเชียงใหม่";
    private static final String SECRETARY_SEAT = "หัวหน้าสำนักงานจังหวัดเชียงใหม่";

    /** The scenario's lead agency for each dimension, in the framework's display order (see steps.tsv). */
    private static final Map<String, String> LEADS = leads();

    @Test
    void participationReportGivesTheSurveyAsTheProvinceReportedIt(ScenarioSuite.Running suite) {
        given(suite.reporting())
                .get("/survey-rounds/{id}/reports/participation", roundId(suite))
                .then().statusCode(200)
                .body("roundCode", equalTo(ROUND))
                // one expectation for the whole row, so that a failure shows every figure that is off
                .rootPath("overall")
                .body("group", equalTo("ALL"),
                        "surveyed", equalTo(91),
                        "responded", equalTo(91),
                        "running.count", equalTo(19),
                        "running.percent", comparesEqualTo(new BigDecimal("20.9")),
                        "running.wholePercent", equalTo(21),
                        "none.count", equalTo(72),
                        "none.percent", comparesEqualTo(new BigDecimal("79.1")),
                        "none.wholePercent", equalTo(79),
                        "notResponded.count", equalTo(0),
                        "notResponded.percent", comparesEqualTo(BigDecimal.ZERO),
                        "notResponded.wholePercent", equalTo(0));
    }

    @Test
    void everySurveyedAgencyHasAnswered(ScenarioSuite.Running suite) {
        given(suite.reporting())
                .get("/survey-rounds/{id}/non-respondents", roundId(suite))
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void frameworkHasTheSevenSurveyDimensionsAndTradeAndInvestment(ScenarioSuite.Running suite) {
        given(suite.committee())
                .queryParam("active", true).queryParam("size", 200)
                .get("/dimensions")
                .then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items.code", contains(LEADS.keySet().toArray()))
                .body("items.active", everyItem(equalTo(true)))
                // the seven of the 2022 survey were there before any resolution
                .body("items.findAll { it.code != 'TRADE_INVESTMENT' }.introducedByResolutionId", everyItem(nullValue()));
    }

    @Test
    void tradeAndInvestmentWasIntroducedByAResolutionOfTheSixJuneMeeting(ScenarioSuite.Running suite) {
        String resolution = given(suite.committee())
                .queryParam("size", 200)
                .get("/dimensions")
                .then().statusCode(200)
                .body("items.find { it.code == 'TRADE_INVESTMENT' }.nameEn", equalTo("Smart Trade and Investment"))
                .body("items.find { it.code == 'TRADE_INVESTMENT' }.introducedByResolutionId", notNullValue())
                .extract().path("items.find { it.code == 'TRADE_INVESTMENT' }.introducedByResolutionId");

        String meeting = given(suite.committee())
                .get("/resolutions/{id}", resolution)
                .then().statusCode(200)
                .body("kind", equalTo("FRAMEWORK_CHANGE"))
                .body("number", equalTo(3))
                .body("dimensions", contains("TRADE_INVESTMENT"))
                .extract().path("meetingId");

        given(suite.committee())
                .get("/meetings/{id}", meeting)
                .then().statusCode(200)
                .body("committeeId", equalTo(committeeId(suite)))
                .body("heldOn", equalTo(MEETING_DAY))
                .body("placeEn", equalTo("Meeting Room 1, 2nd floor, Administration Building, Chiang Mai City Hall"))
                .body("chair.nameEn", equalTo("Prajon Pratsakul"))
                .body("actingChair.nameEn", equalTo("Woranyan Boonnarach"))
                .body("resolutions.kind", contains("RESTRUCTURE", "ASSIGNMENT", "FRAMEWORK_CHANGE"));
    }

    @Test
    void onTheMeetingDayTheSeatsOfMembersWhoMovedAreToFill(ScenarioSuite.Running suite) {
        String committee = committeeId(suite);
        given(suite.committee())
                .queryParam("asOf", MEETING_DAY)
                .get("/committees/{id}/roster", committee)
                .then().statusCode(200)
                .body("seats", equalTo(7))
                .body("filled", equalTo(5))
                .body("vacant", equalTo(2));

        JsonPath vacancies = given(suite.committee())
                .queryParam("asOf", MEETING_DAY)
                .get("/committees/{id}/vacancies", committee)
                .then().statusCode(200)
                .body("$", hasSize(4))
                .extract().jsonPath();
        assertEquals(Map.of(
                        ENERGY_SEAT, "POSITION_NO_LONGER_HELD",
                        COMMERCE_SEAT, "POSITION_NO_LONGER_HELD",
                        DIGITAL_SEAT, "TRANSFERRED",
                        SECRETARY_SEAT, "TRANSFERRED"),
                byPosition(vacancies.getList("seat.positionTh"), vacancies.getList("reason")));
        // vacant since the recorded moves of 1 October 2021, saying who left and in which post
        assertEquals("2021-10-01", vacancies.getString("find { it.seat.positionTh == '" + DIGITAL_SEAT + "' }.vacantSince"));
        assertEquals(DIGITAL_SEAT,
                vacancies.getString("find { it.seat.positionTh == '" + DIGITAL_SEAT + "' }.previousHolder.positionTh"));
        assertEquals("TRANSFER", vacancies.getString("find { it.seat.positionTh == '" + SECRETARY_SEAT + "' }.cause.kind"));
        // still seated, but in a post elsewhere now
        assertEquals("พลังงานจังหวัดลำพูน", vacancies.getString("find { it.seat.positionTh == '" + ENERGY_SEAT + "' }.holder.positionTh"));
        assertEquals("พาณิชย์จังหวัดเชียงราย", vacancies.getString("find { it.seat.positionTh == '" + COMMERCE_SEAT + "' }.holder.positionTh"));
    }

    @Test
    void theRestructuringAmendsTheCommitteesDutiesFromItsEffectiveDate(ScenarioSuite.Running suite) {
        String committee = committeeId(suite);
        given(suite.committee()).queryParam("asOf", "2022-06-30").get("/committees/{id}", committee)
                .then().statusCode(200).body("mandateTh", equalTo("ขับเคลื่อนให้จังหวัดเชียงใหม่เป็นเมืองอัจฉริยะ"));
        given(suite.committee()).queryParam("asOf", RESTRUCTURED_FROM).get("/committees/{id}", committee)
                .then().statusCode(200)
                .body("mandate.effectiveDate", equalTo(RESTRUCTURED_FROM))
                .body("mandateTh", org.hamcrest.Matchers.containsString("ด้านการค้าและการลงทุน"));
    }

    @Test
    void restructuringFillsEverySeatFromItsEffectiveDate(ScenarioSuite.Running suite) {
        String committee = committeeId(suite);
        given(suite.committee())
                .queryParam("asOf", RESTRUCTURED_FROM)
                .get("/committees/{id}/vacancies", committee)
                .then().statusCode(200)
                .body("$", empty());

        given(suite.committee())
                .queryParam("asOf", RESTRUCTURED_FROM)
                .get("/committees/{id}/roster", committee)
                .then().statusCode(200)
                .body("seats", equalTo(7))
                .body("filled", equalTo(7))
                .body("vacant", equalTo(0))
                .body("roster.findAll { it.holder.since == '" + RESTRUCTURED_FROM + "' }.seat.positionTh",
                        containsInAnyOrder(ENERGY_SEAT, COMMERCE_SEAT, DIGITAL_SEAT, SECRETARY_SEAT))
                .body("roster.findAll { it.holder.since == '" + RESTRUCTURED_FROM + "' }.holder.positionTh",
                        containsInAnyOrder(ENERGY_SEAT, COMMERCE_SEAT, DIGITAL_SEAT, SECRETARY_SEAT));

        // the member who had moved left the seat the day before, by the restructuring
        String movedAway = given(suite.committee())
                .queryParam("asOf", MEETING_DAY)
                .get("/committees/{id}/roster", committee)
                .then().statusCode(200)
                .extract().path("roster.find { it.seat.positionTh == '" + ENERGY_SEAT + "' }.holder.personId");
        given(suite.committee())
                .get("/people/{id}/memberships", movedAway)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].startDate", equalTo("2020-10-01"))
                .body("[0].endDate", equalTo("2022-06-30"))
                .body("[0].endReason", equalTo("RESTRUCTURED"));
    }

    @Test
    void everyDimensionHasItsLeadAgency(ScenarioSuite.Running suite) {
        Map<String, String> agencyIds = agencyIdsByCode(suite);
        JsonPath matrix = given(suite.committee())
                .queryParam("asOf", MEETING_DAY)
                .get("/responsibility-matrix")
                .then().statusCode(200)
                .body("gaps", empty())
                .body("dimensions.code", contains(LEADS.keySet().toArray()))
                .body("dimensions.lead", everyItem(notNullValue()))
                .extract().jsonPath();
        Map<String, String> expected = new LinkedHashMap<>();
        LEADS.forEach((dimension, agencyCode) -> expected.put(dimension, agencyIds.get(agencyCode)));
        assertEquals(expected, byPosition(matrix.getList("dimensions.code"), matrix.getList("dimensions.lead.agencyId")));
    }

    @Test
    void theCommitteeReportReadFromTheFeedShowsTheRestructuring(ScenarioSuite.Running suite) throws Exception {
        String row = "committees.find { it.code == '" + COMMITTEE + "' }";
        waitForReporting(suite, "/reports/committee", row + ".seats");
        given(suite.reporting()).queryParam("asOf", MEETING_DAY).get("/reports/committee")
                .then().statusCode(200)
                .body("asOfText", equalTo("6 มิ.ย. 2565"))
                .body(row + ".seats", equalTo(7))
                .body(row + ".vacant", equalTo(2))
                .body(row + ".vacancies.position", containsInAnyOrder(DIGITAL_SEAT, SECRETARY_SEAT))
                .body(row + ".lapsed.position", containsInAnyOrder(ENERGY_SEAT, COMMERCE_SEAT))
                .body(row + ".lapsed.reason", everyItem(equalTo("POSITION_NO_LONGER_HELD")))
                .body(row + ".lastMeeting.heldOn", equalTo(MEETING_DAY))
                // the restructuring resolution is carried out on 1 July; the other two on the day
                .body(row + ".openResolutions.kind", contains("RESTRUCTURE"));
        given(suite.reporting()).queryParam("asOf", RESTRUCTURED_FROM).get("/reports/committee")
                .then().statusCode(200)
                .body(row + ".vacant", equalTo(0))
                .body(row + ".lapsed", empty())
                .body(row + ".openResolutions", empty());
    }

    @Test
    void theDimensionsReportNamesEveryLeadFromTheFeed(ScenarioSuite.Running suite) throws Exception {
        String path = "/survey-rounds/" + roundId(suite) + "/reports/dimensions";
        waitForReporting(suite, path, "dimensions.find { it.code == 'TRADE_INVESTMENT' }.lead[0].code");
        JsonPath report = given(suite.reporting()).queryParam("asOf", MEETING_DAY).get(path)
                .then().statusCode(200)
                .body("dimensions.code", contains(LEADS.keySet().toArray()))
                // the source document lists no projects, so every dimension shows that gap and no other
                .body("dimensions.gaps", everyItem(contains("NO_PROJECTS")))
                .extract().jsonPath();
        Map<String, String> leads = new LinkedHashMap<>();
        List<String> codes = report.getList("dimensions.code");
        for (int i = 0; i < codes.size(); i++) {
            leads.put(codes.get(i), report.getString("dimensions[" + i + "].lead[0].code"));
        }
        assertEquals(LEADS, leads);
    }

    @Test
    void theDashboardShowsTheScenarioFigures(ScenarioSuite.Running suite) throws Exception {
        waitForReporting(suite, "/reports/committee", "committees.find { it.code == '" + COMMITTEE + "' }.seats");
        String html = given(suite.reporting()).accept("text/html").get("/dashboard").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        for (String expected : List.of(ROUND, ">91<", "20.9%", "79.1%", "พาณิชย์จังหวัดเชียงใหม่",
                "ด้านการค้าและการลงทุน")) {
            org.junit.jupiter.api.Assertions.assertTrue(html.contains(expected), "the dashboard shows " + expected);
        }
    }

    /**
     * reporting-service reads the other services' feeds every few seconds: waits until its copy of committee-service's
     * data has read every revision committee-service has (its `smartcity_feed_position` gauge reaches the feed's end)
     * and the report shows the path.
     */
    static void waitForReporting(ScenarioSuite.Running suite, String report, String path) throws Exception {
        long end = 0;
        while (true) {
            String next = given(suite.committee()).queryParam("after", end).queryParam("limit", 1000).get("/changes")
                    .then().statusCode(200).extract().path("next");
            if (Long.parseLong(next) == end) {
                break;
            }
            end = Long.parseLong(next);
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        java.util.regex.Pattern gauge = java.util.regex.Pattern.compile(
                "(?m)^smartcity_feed_position\\{feed=\"committee\"[^}]*\\} ([0-9.eE+]+)$");
        while (true) {
            String metrics = given().baseUri(suite.managementUri("reporting-service").toString()).accept("text/plain").get("/q/metrics").then().statusCode(200)
                    .extract().asString();
            java.util.regex.Matcher position = gauge.matcher(metrics);
            Object value = given(suite.reporting()).queryParam("asOf", MEETING_DAY).get(report)
                    .then().statusCode(200).extract().jsonPath().get(path);
            if (position.find() && Double.parseDouble(position.group(1)) >= end && value != null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("reporting-service did not read committee-service's feed to revision " + end
                        + " and show " + path + " of " + report + " within 60 s");
            }
            Thread.sleep(500);
        }
    }

    @Test
    void loadingTheScenarioAgainAddsNothing(ScenarioSuite.Running suite) throws Exception {
        DemoScenario.Loaded again = suite.loadScenarioAgain();

        // the agency import updates by code; the other two services' parts are recognised (409) and skipped
        assertEquals(Set.of("reporting", "committee"), again.alreadyLoaded());
        assertEquals(1, again.applied());
        given(suite.agency()).queryParam("size", 200).get("/agencies").then().statusCode(200).body("totalItems", equalTo(92));
        given(suite.reporting()).get("/survey-rounds").then().statusCode(200).body("totalItems", equalTo(1));
        given(suite.committee()).get("/committees").then().statusCode(200).body("totalItems", equalTo(1));
        given(suite.committee()).get("/people").then().statusCode(200).body("totalItems", equalTo(11));
        given(suite.committee()).get("/assignments").then().statusCode(200).body("totalItems", equalTo(13));
    }

    private static String roundId(ScenarioSuite.Running suite) {
        return given(suite.reporting())
                .queryParam("size", 200)
                .get("/survey-rounds")
                .then().statusCode(200)
                .body("items.findAll { it.code == '" + ROUND + "' }", hasSize(1))
                .extract().path("items.find { it.code == '" + ROUND + "' }.id");
    }

    static String committeeId(ScenarioSuite.Running suite) {
        return given(suite.committee())
                .queryParam("size", 200)
                .get("/committees")
                .then().statusCode(200)
                .body("items.findAll { it.code == '" + COMMITTEE + "' }", hasSize(1))
                .extract().path("items.find { it.code == '" + COMMITTEE + "' }.id");
    }

    private static Map<String, String> agencyIdsByCode(ScenarioSuite.Running suite) {
        JsonPath agencies = given(suite.agency())
                .queryParam("size", 200)
                .get("/agencies")
                .then().statusCode(200)
                .extract().jsonPath();
        return byPosition(agencies.getList("items.code"), agencies.getList("items.id"));
    }

    private static Map<String, String> byPosition(List<String> keys, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
        }
        return map;
    }

    private static Map<String, String> leads() {
        Map<String, String> leads = new LinkedHashMap<>();
        leads.put("SMART_LIVING", "CM-CITY");
        leads.put("SMART_PEOPLE", "CM-PEDU");
        leads.put("SMART_ENERGY", "CM-PEO");
        leads.put("SMART_MOBILITY", "CM-PLTO");
        leads.put("SMART_ECONOMY", "CM-PDES");
        leads.put("SMART_ENVIRONMENT", "CM-PNRE");
        leads.put("SMART_GOVERNANCE", "CM-PO");
        leads.put("TRADE_INVESTMENT", "CM-PCO");
        return leads;
    }
}
