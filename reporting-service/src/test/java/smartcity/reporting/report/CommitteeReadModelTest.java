package smartcity.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static smartcity.reporting.CommitteeServiceStandIn.put;
import static smartcity.reporting.CommitteeServiceStandIn.state;
import static smartcity.reporting.Tokens.asSecretariat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.agency.AgencyFeedFollower;
import smartcity.reporting.framework.CommitteeFeedFollower;

/**
 * The reports that read committee-service's data, from reporting-service's copy of it kept by the change feed: the
 * committee's state is recorded in the stand-in feed, the copy catches up, and the reports are read over HTTP.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class CommitteeReadModelTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    AgencyFeedFollower agencyFeed;

    @Inject
    CommitteeFeedFollower committeeFeed;

    @Inject
    EntityManager db;

    private UUID energyOffice;
    private UUID electricity;
    private UUID dissolved;
    private UUID energy;
    private UUID trade;
    private UUID committee;
    private UUID energySeat;
    private UUID statisticsSeat;
    private UUID chairSeat;
    private UUID meeting;
    private String code;

    @BeforeEach
    void aCommitteeWithTwoDimensionsAndThreeSeats() {
        breakers.resetAll();
        AgencyServiceStandIn.down(false);
        CommitteeServiceStandIn.down(false);
        code = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        energyOffice = AgencyServiceStandIn.register("CM-PEO-" + code, "สำนักงานพลังงานจังหวัดเชียงใหม่",
                "Chiang Mai Provincial Energy Office", "PROVINCIAL_GOVERNMENT", null, "5001");
        electricity = AgencyServiceStandIn.register("CM-PEA-" + code, "การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงใหม่", "STATE_ENTERPRISE", null, "5001");
        dissolved = AgencyServiceStandIn.register("CM-OLD-" + code, "หน่วยงานที่ถูกยุบ", "PROVINCIAL_GOVERNMENT", null, "5001");
        AgencyServiceStandIn.status(dissolved, "DISSOLVED");

        energy = put("DIMENSION", UUID.randomUUID(), state("code", "E_" + code, "nameTh", "พลังงานอัจฉริยะ " + code,
                "nameEn", "Smart Energy " + code, "displayOrder", 901, "active", true));
        trade = put("DIMENSION", UUID.randomUUID(), state("code", "T_" + code, "nameTh", "การค้าและการลงทุน " + code,
                "nameEn", "Trade and Investment " + code, "displayOrder", 902, "active", true));
        put("ASSIGNMENT", UUID.randomUUID(), state("dimensionId", energy, "agencyId", energyOffice, "role", "LEAD",
                "startDate", "2022-06-06"));
        put("ASSIGNMENT", UUID.randomUUID(), state("dimensionId", energy, "agencyId", electricity, "role", "SUPPORTING",
                "startDate", "2022-06-06"));
        // an assignment that ended before the report date does not count
        put("ASSIGNMENT", UUID.randomUUID(), state("dimensionId", trade, "agencyId", energyOffice, "role", "LEAD",
                "startDate", "2021-01-01", "endDate", "2021-12-31"));

        committee = put("COMMITTEE", UUID.randomUUID(), state("code", "C-" + code, "nameTh", "คณะกรรมการ " + code,
                "nameEn", "Committee " + code, "status", "ACTIVE"));
        chairSeat = put("SEAT", UUID.randomUUID(), state("committeeId", committee, "role", "CHAIR", "basis", "EX_OFFICIO",
                "titleTh", "ผู้ว่าราชการจังหวัดเชียงใหม่", "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่", "displayOrder", 1,
                "establishedOn", "2020-01-01"));
        energySeat = put("SEAT", UUID.randomUUID(), state("committeeId", committee, "role", "MEMBER", "basis", "EX_OFFICIO",
                "titleTh", "พลังงานจังหวัดเชียงใหม่", "positionTh", "พลังงานจังหวัดเชียงใหม่", "agencyId", energyOffice,
                "displayOrder", 2, "establishedOn", "2020-01-01"));
        statisticsSeat = put("SEAT", UUID.randomUUID(), state("committeeId", committee, "role", "MEMBER", "basis",
                "EX_OFFICIO", "titleTh", "สถิติจังหวัดเชียงใหม่", "titleEn", "Provincial Statistician", "agencyId", dissolved,
                "displayOrder", 3, "establishedOn", "2020-01-01"));
        UUID governor = put("PERSON", UUID.randomUUID(), state("honorific", "นาย", "nameTh", "ผู้ว่าราชการ " + code,
                "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"));
        UUID movedAway = put("PERSON", UUID.randomUUID(), state("honorific", "นาง", "nameTh", "พลังงานคนก่อน " + code,
                "nameEn", "Former Energy Officer " + code, "positionTh", "พลังงานจังหวัดลำพูน"));
        UUID governs = put("MEMBERSHIP", UUID.randomUUID(), state("seatId", chairSeat, "personId", governor,
                "startDate", "2021-10-01"));
        UUID moved = put("MEMBERSHIP", UUID.randomUUID(), state("seatId", energySeat, "personId", movedAway,
                "startDate", "2020-10-01"));
        // committee-service's conclusions about the three seats, as its feed publishes them
        vacancy(chairSeat, CommitteeServiceStandIn.period("2020-01-01", "2021-09-30", "VACANT", "NO_HOLDER", null, null),
                CommitteeServiceStandIn.period("2021-10-01", null, "HELD", null, governs, governor));
        vacancy(energySeat, CommitteeServiceStandIn.period("2020-01-01", "2020-09-30", "VACANT", "NO_HOLDER", null, null),
                CommitteeServiceStandIn.period("2020-10-01", null, "LAPSED", "POSITION_NO_LONGER_HELD", moved, movedAway));
        vacancy(statisticsSeat, CommitteeServiceStandIn.period("2020-01-01", null, "VACANT", "NO_HOLDER", null, null));
        meeting = put("MEETING", UUID.randomUUID(), state("committeeId", committee, "heldOn", "2022-06-06"));
        put("RESOLUTION", UUID.randomUUID(), state("meetingId", meeting, "number", 1, "kind", "RESTRUCTURE",
                "textTh", "ให้ปรับโครงสร้างคณะกรรมการ", "textEn", "To restructure the committee", "followUp", "IN_PROGRESS",
                "dueOn", "2022-07-01"));
        put("RESOLUTION", UUID.randomUUID(), state("meetingId", meeting, "number", 2, "kind", "ASSIGNMENT",
                "textTh", "มอบหมายหน่วยงานรับผิดชอบรายด้าน", "followUp", "DONE", "doneOn", "2022-06-06"));
        put("RESOLUTION", UUID.randomUUID(), state("meetingId", meeting, "number", 3, "kind", "OTHER",
                "textTh", "จัดทำแผนภายในเดือนมิถุนายน", "followUp", "DONE", "doneOn", "2022-06-30"));
        put("RESOLUTION", UUID.randomUUID(), state("meetingId", meeting, "number", 4, "kind", "OTHER",
                "textTh", "เรื่องที่ยกเลิก", "followUp", "DROPPED"));
        agencyFeed.catchUp();
        committeeFeed.catchUp();
    }

    @SafeVarargs
    private void vacancy(UUID seat, Map<String, Object>... periods) {
        CommitteeServiceStandIn.seatVacancy(seat, committee, periods);
    }

    private String committeeRow() {
        return "committees.find { it.code == 'C-" + code + "' }";
    }

    @Test
    void theCommitteeReportCountsSeatsVacanciesLapsedMembersAndOpenResolutions() {
        given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200)
                .body("asOfText", equalTo("6 มิ.ย. 2565"))
                .body(committeeRow() + ".seats", equalTo(3))
                .body(committeeRow() + ".filled", equalTo(2))
                .body(committeeRow() + ".vacant", equalTo(1))
                .body(committeeRow() + ".vacancies.title", contains("สถิติจังหวัดเชียงใหม่"))
                .body(committeeRow() + ".lapsed.position", contains("พลังงานจังหวัดเชียงใหม่"))
                .body(committeeRow() + ".lapsed.reason", contains("POSITION_NO_LONGER_HELD"))
                .body(committeeRow() + ".lapsed.name", contains("พลังงานคนก่อน " + code))
                .body(committeeRow() + ".lastMeeting.heldOn", equalTo("2022-06-06"))
                .body(committeeRow() + ".openResolutions.number", contains(1, 3))
                // the follow-up as it stood on the date: number 3 was recorded as done on 30 June, so open until then
                .body(committeeRow() + ".openResolutions.followUp", contains("IN_PROGRESS", "OPEN"));
        // carried out on 1 July: no longer open from then
        given().queryParam("asOf", "2022-07-01").when().get("/reports/committee")
                .then().statusCode(200).body(committeeRow() + ".openResolutions.number", contains(1));
        // before the meeting there was none, and in English the vacant seat has its English title
        given().queryParam("asOf", "2022-06-05").queryParam("lang", "en").when().get("/reports/committee")
                .then().statusCode(200)
                .body("asOfText", equalTo("5 Jun 2022 (B.E. 2565)"))
                .body(committeeRow() + ".lastMeeting", equalTo(null))
                .body(committeeRow() + ".openResolutions", empty())
                .body(committeeRow() + ".vacancies.title", contains("Provincial Statistician"));
    }

    @Test
    void openResolutionsOnAPastDateShowTheFollowUpInForceThenNotTodays() {
        UUID restructure = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        Map<String, Object> restructuring = state("meetingId", meeting, "number", 5, "kind", "RESTRUCTURE",
                "textTh", "ให้ปรับโครงสร้าง " + code, "dueOn", "2022-09-30");
        Map<String, Object> planning = state("meetingId", meeting, "number", 6, "kind", "OTHER",
                "textTh", "จัดทำแผน " + code);
        // recorded at the meeting (6 June 2022, 10:00 in Chiang Mai), both open
        put("RESOLUTION", restructure, with(restructuring, "followUp", "OPEN"), Instant.parse("2022-06-06T03:00:00Z"));
        put("RESOLUTION", plan, with(planning, "followUp", "IN_PROGRESS"), Instant.parse("2022-06-06T03:00:00Z"));
        // in progress from 20 June, then done on 10 July (recorded a week later)
        put("RESOLUTION", restructure, with(restructuring, "followUp", "IN_PROGRESS"), Instant.parse("2022-06-20T02:00:00Z"));
        Map<String, Object> done = with(restructuring, "followUp", "DONE");
        done.put("doneOn", "2022-07-10");
        put("RESOLUTION", restructure, done, Instant.parse("2022-07-17T02:00:00Z"));
        // the plan was dropped on 1 August 2022 (01:00 Chiang Mai time: still 31 July in UTC)
        put("RESOLUTION", plan, with(planning, "followUp", "DROPPED"), Instant.parse("2022-07-31T18:00:00Z"));
        committeeFeed.catchUp();

        String five = committeeRow() + ".openResolutions.find { it.number == 5 }";
        String six = committeeRow() + ".openResolutions.find { it.number == 6 }";
        given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200)
                .body(five + ".followUp", equalTo("OPEN"))
                .body(six + ".followUp", equalTo("IN_PROGRESS"));
        given().queryParam("asOf", "2022-06-25").when().get("/reports/committee")
                .then().statusCode(200).body(five + ".followUp", equalTo("IN_PROGRESS"));
        // done on 10 July: open the day before, not on the day, though recorded only on the 17th
        given().queryParam("asOf", "2022-07-09").when().get("/reports/committee")
                .then().statusCode(200).body(five + ".followUp", equalTo("IN_PROGRESS"));
        given().queryParam("asOf", "2022-07-31").when().get("/reports/committee")
                .then().statusCode(200)
                .body(five, equalTo(null))
                .body(six + ".followUp", equalTo("IN_PROGRESS"));
        given().queryParam("asOf", "2022-08-01").when().get("/reports/committee")
                .then().statusCode(200).body(six, equalTo(null));
        given().when().get("/reports/committee")
                .then().statusCode(200).body(five, equalTo(null)).body(six, equalTo(null));
        // the history survives a replay of the feed unchanged
        QuarkusTransaction.requiringNew().run(() ->
                db.createNativeQuery("UPDATE feed_cursor SET position = 0 WHERE feed = 'committee'").executeUpdate());
        committeeFeed.catchUp();
        given().queryParam("asOf", "2022-07-31").when().get("/reports/committee")
                .then().statusCode(200).body(six + ".followUp", equalTo("IN_PROGRESS")).body(five, equalTo(null));
    }

    private static Map<String, Object> with(Map<String, Object> state, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(state);
        copy.put(key, value);
        return copy;
    }

    @Test
    void theCommitteeReportCarriesThaiAndEnglishSideBySideAndLangChoosesOnlyTheUnsuffixedFields() {
        String resolution = committeeRow() + ".openResolutions.find { it.number == 1 }";
        for (String lang : List.of("th", "en")) {
            given().queryParam("asOf", "2022-06-06").queryParam("lang", lang).when().get("/reports/committee")
                    .then().statusCode(200)
                    .body("asOfTextTh", equalTo("6 มิ.ย. 2565"))
                    .body("asOfTextEn", equalTo("6 Jun 2022 (B.E. 2565)"))
                    .body(committeeRow() + ".nameTh", equalTo("คณะกรรมการ " + code))
                    .body(committeeRow() + ".nameEn", equalTo("Committee " + code))
                    .body(committeeRow() + ".vacancies.titleTh", contains("สถิติจังหวัดเชียงใหม่"))
                    .body(committeeRow() + ".vacancies.titleEn", contains("Provincial Statistician"))
                    .body(committeeRow() + ".lapsed.titleTh", contains("พลังงานจังหวัดเชียงใหม่"))
                    .body(committeeRow() + ".lapsed.nameTh", contains("พลังงานคนก่อน " + code))
                    .body(committeeRow() + ".lapsed.nameEn", contains("Former Energy Officer " + code))
                    .body(committeeRow() + ".lastMeeting.heldOnTextTh", equalTo("6 มิ.ย. 2565"))
                    .body(committeeRow() + ".lastMeeting.heldOnTextEn", equalTo("6 Jun 2022 (B.E. 2565)"))
                    .body(resolution + ".textTh", equalTo("ให้ปรับโครงสร้างคณะกรรมการ"))
                    .body(resolution + ".textEn", equalTo("To restructure the committee"));
        }
        given().queryParam("asOf", "2022-06-06").queryParam("lang", "en").when().get("/reports/committee")
                .then().statusCode(200)
                .body("asOfText", equalTo("6 Jun 2022 (B.E. 2565)"))
                .body(committeeRow() + ".name", equalTo("Committee " + code))
                .body(committeeRow() + ".vacancies.title", contains("Provincial Statistician"))
                // a seat with no English title keeps its Thai one in English, and says it has no English
                .body(committeeRow() + ".lapsed.title", contains("พลังงานจังหวัดเชียงใหม่"))
                .body(committeeRow() + ".lapsed[0].titleEn", equalTo(null))
                .body(committeeRow() + ".lapsed.name", contains("Former Energy Officer " + code))
                .body(committeeRow() + ".lastMeeting.heldOnText", equalTo("6 Jun 2022 (B.E. 2565)"))
                .body(resolution + ".text", equalTo("To restructure the committee"));
        given().queryParam("asOf", "2022-06-06").queryParam("lang", "th").when().get("/reports/committee")
                .then().statusCode(200)
                .body(committeeRow() + ".name", equalTo("คณะกรรมการ " + code))
                .body(committeeRow() + ".lapsed.name", contains("พลังงานคนก่อน " + code))
                .body(resolution + ".text", equalTo("ให้ปรับโครงสร้างคณะกรรมการ"));
        String english = new String(given().accept("text/csv").queryParam("asOf", "2022-06-06").queryParam("lang", "en")
                .when().get("/reports/committee").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        Assertions.assertTrue(english.contains("\r\nC-" + code + ",Committee " + code + ",3,2,1,1,2022-06-06,2\r\n"),
                english);
        String thai = new String(given().accept("text/csv").queryParam("asOf", "2022-06-06")
                .when().get("/reports/committee").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        Assertions.assertTrue(thai.startsWith("\uFEFFcommittee_code,committee_name,seats,filled,vacant,lapsed,"
                + "last_meeting,open_resolutions\r\n"), thai);
        Assertions.assertTrue(thai.contains("\r\nC-" + code + ",คณะกรรมการ " + code + ",3,2,1,1,2022-06-06,2\r\n"), thai);
    }

    @Test
    void theDimensionsReportAndTheScorecardNameEveryDimensionAndAgencyInThaiAndEnglish() {
        String round = asSecretariat().contentType("application/json")
                .body(Map.of("code", "B-" + code, "titleTh", "สำรวจ " + code, "titleEn", "Survey " + code,
                        "periodStart", "2021-10-01", "periodEnd", "2022-09-30", "opensOn", "2022-04-01",
                        "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
        asSecretariat().contentType("application/json").body(Map.of()).when().post("/survey-rounds/" + round + "/opening")
                .then().statusCode(200);
        String path = "/survey-rounds/" + round + "/reports/dimensions";
        String energyRow = "dimensions.find { it.code == 'E_" + code + "' }";
        for (String lang : List.of("th", "en")) {
            given().queryParam("asOf", "2022-06-06").queryParam("lang", lang).when().get(path)
                    .then().statusCode(200)
                    .body("asOfTextTh", equalTo("6 มิ.ย. 2565"))
                    .body("asOfTextEn", equalTo("6 Jun 2022 (B.E. 2565)"))
                    .body(energyRow + ".nameTh", equalTo("พลังงานอัจฉริยะ " + code))
                    .body(energyRow + ".nameEn", equalTo("Smart Energy " + code))
                    .body(energyRow + ".lead.nameTh", contains("สำนักงานพลังงานจังหวัดเชียงใหม่"))
                    .body(energyRow + ".lead.nameEn", contains("Chiang Mai Provincial Energy Office"))
                    .body(energyRow + ".supporting.nameTh", contains("การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงใหม่"))
                    .body(energyRow + ".supporting[0].nameEn", equalTo(null));
        }
        given().queryParam("asOf", "2022-06-06").queryParam("lang", "en").when().get(path)
                .then().statusCode(200)
                .body("asOfText", equalTo("6 Jun 2022 (B.E. 2565)"))
                .body(energyRow + ".name", equalTo("Smart Energy " + code))
                .body(energyRow + ".lead.name", contains("Chiang Mai Provincial Energy Office"))
                // no English name: the Thai one stands in
                .body(energyRow + ".supporting.name", contains("การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงใหม่"));
        given().queryParam("asOf", "2022-06-06").when().get(path)
                .then().statusCode(200)
                .body("asOfText", equalTo("6 มิ.ย. 2565"))
                .body(energyRow + ".name", equalTo("พลังงานอัจฉริยะ " + code))
                .body(energyRow + ".lead.name", contains("สำนักงานพลังงานจังหวัดเชียงใหม่"));

        String survey = "surveys.find { it.roundId == '" + round + "' }";
        String current = "responsibilities.find { it.current }";
        for (String lang : List.of("th", "en")) {
            given().queryParam("lang", lang).when().get("/reports/agencies/" + energyOffice + "/scorecard")
                    .then().statusCode(200)
                    .body("nameTh", equalTo("สำนักงานพลังงานจังหวัดเชียงใหม่"))
                    .body("nameEn", equalTo("Chiang Mai Provincial Energy Office"))
                    .body("typeNameTh", equalTo("ราชการส่วนภูมิภาค"))
                    .body("typeNameEn", equalTo("Provincial government unit"))
                    .body("districtNameTh", equalTo("เมืองเชียงใหม่"))
                    .body("districtNameEn", equalTo("Mueang Chiang Mai"))
                    .body(current + ".dimensionTh", equalTo("พลังงานอัจฉริยะ " + code))
                    .body(current + ".dimensionEn", equalTo("Smart Energy " + code))
                    .body(survey + ".titleTh", equalTo("สำรวจ " + code))
                    .body(survey + ".titleEn", equalTo("Survey " + code));
        }
        given().queryParam("lang", "en").when().get("/reports/agencies/" + energyOffice + "/scorecard")
                .then().statusCode(200)
                .body("name", equalTo("Chiang Mai Provincial Energy Office"))
                .body("typeName", equalTo("Provincial government unit"))
                .body("districtName", equalTo("Mueang Chiang Mai"))
                .body(current + ".dimension", equalTo("Smart Energy " + code))
                .body(survey + ".title", equalTo("Survey " + code));
        given().when().get("/reports/agencies/" + energyOffice + "/scorecard")
                .then().statusCode(200)
                .body("name", equalTo("สำนักงานพลังงานจังหวัดเชียงใหม่"))
                .body("typeName", equalTo("ราชการส่วนภูมิภาค"))
                .body(current + ".dimension", equalTo("พลังงานอัจฉริยะ " + code))
                .body(survey + ".title", equalTo("สำรวจ " + code));
        String csv = new String(given().accept("text/csv").queryParam("lang", "en")
                .when().get("/reports/agencies/" + energyOffice + "/scorecard").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        Assertions.assertTrue(csv.contains("\r\nresponsibility,E_" + code + ",Smart Energy " + code + ",LEAD,2022-06-06,,current\r\n"),
                csv);
        Assertions.assertTrue(csv.contains("\r\nsurvey,B-" + code + ",Survey " + code + ",OPEN,2021-10-01,2022-09-30,no answer\r\n"),
                csv);
    }

    @Test
    void aSeatFilledByTheFeedAndAnAgencyDissolvedAreSeenAfterCatchingUp() {
        UUID statistician = put("PERSON", UUID.randomUUID(), state("nameTh", "สถิติจังหวัด " + code,
                "positionTh", "สถิติจังหวัดเชียงใหม่", "agencyId", dissolved));
        UUID seated = put("MEMBERSHIP", UUID.randomUUID(), state("seatId", statisticsSeat, "personId", statistician,
                "startDate", "2022-07-01"));
        vacancy(statisticsSeat, CommitteeServiceStandIn.period("2020-01-01", "2022-06-30", "VACANT", "NO_HOLDER", null, null),
                CommitteeServiceStandIn.period("2022-07-01", null, "LAPSED", "AGENCY_NO_LONGER_ACTIVE", seated, statistician));
        committeeFeed.catchUp();
        given().queryParam("asOf", "2022-07-01").when().get("/reports/committee")
                .then().statusCode(200)
                .body(committeeRow() + ".vacant", equalTo(0))
                .body(committeeRow() + ".lapsed.reason", contains("POSITION_NO_LONGER_HELD", "AGENCY_NO_LONGER_ACTIVE"));
    }

    @Test
    void theReportTakesCommitteeServicesConclusionInsteadOfJudgingTheHolderItself() {
        // the copied post fits the seat, but committee-service concluded otherwise: its conclusion is what counts
        UUID fits = put("PERSON", UUID.randomUUID(), state("nameTh", "ผู้ว่าคนใหม่ " + code,
                "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"));
        UUID membership = put("MEMBERSHIP", UUID.randomUUID(), state("seatId", statisticsSeat, "personId", fits,
                "startDate", "2022-06-01"));
        vacancy(statisticsSeat, CommitteeServiceStandIn.period("2020-01-01", "2022-05-31", "VACANT", "NO_HOLDER", null, null),
                CommitteeServiceStandIn.period("2022-06-01", null, "LAPSED", "AGENCY_NO_LONGER_ACTIVE", membership, fits));
        committeeFeed.catchUp();
        given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200)
                .body(committeeRow() + ".seats", equalTo(3))
                .body(committeeRow() + ".vacant", equalTo(0))
                .body(committeeRow() + ".lapsed.reason", contains("POSITION_NO_LONGER_HELD", "AGENCY_NO_LONGER_ACTIVE"))
                .body(committeeRow() + ".lapsed.name", contains("พลังงานคนก่อน " + code, "ผู้ว่าคนใหม่ " + code));
        // before 2020 no period covers the seats: committee-service says they did not exist, and so does the report
        given().queryParam("asOf", "2019-12-31").when().get("/reports/committee")
                .then().statusCode(200)
                .body(committeeRow() + ".seats", equalTo(0))
                .body(committeeRow() + ".vacancies", empty())
                .body(committeeRow() + ".lapsed", empty());
    }

    @Test
    void anOlderSeatVacancyNeverOverwritesANewerOne() {
        UUID person = put("PERSON", UUID.randomUUID(), state("nameTh", "สถิติ " + code));
        UUID membership = put("MEMBERSHIP", UUID.randomUUID(), state("seatId", statisticsSeat, "personId", person,
                "startDate", "2022-06-01"));
        vacancy(statisticsSeat, CommitteeServiceStandIn.period("2020-01-01", "2022-05-31", "VACANT", "NO_HOLDER", null, null),
                CommitteeServiceStandIn.period("2022-06-01", null, "HELD", null, membership, person));
        committeeFeed.catchUp();
        Number newer = (Number) db.createNativeQuery("SELECT revision FROM seat_vacancy_copy WHERE id = ?1")
                .setParameter(1, statisticsSeat.toString()).getSingleResult();
        // the first state again, as a replica that read an old page would apply it
        QuarkusTransaction.requiringNew().run(() ->
                db.createNativeQuery("UPDATE feed_cursor SET position = 0 WHERE feed = 'committee'").executeUpdate());
        committeeFeed.catchUp();
        Number after = (Number) db.createNativeQuery("SELECT revision FROM seat_vacancy_copy WHERE id = ?1")
                .setParameter(1, statisticsSeat.toString()).getSingleResult();
        Assertions.assertEquals(newer.longValue(), after.longValue());
        given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200).body(committeeRow() + ".vacant", equalTo(0)).body(committeeRow() + ".filled", equalTo(3));
    }

    @Test
    void theDimensionsReportNamesLeadsSupportProjectsAndGaps() {
        String round = asSecretariat().contentType("application/json")
                .body(Map.of("code", "D-" + code, "titleTh", "สำรวจ " + code, "periodStart", "2021-10-01",
                        "periodEnd", "2022-09-30", "opensOn", "2022-04-01", "closesOn", "2022-05-31"))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
        asSecretariat().contentType("application/json").body(Map.of()).when().post("/survey-rounds/" + round + "/opening")
                .then().statusCode(200);
        asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", true, "projects", List.of(
                Map.of("titleTh", "มิเตอร์อัจฉริยะ", "dimensions", List.of("E_" + code), "status", "ONGOING",
                        "budgetThb", 1_500_000))))
                .when().put("/survey-rounds/" + round + "/responses/" + electricity).then().statusCode(200);
        String energyRow = "dimensions.find { it.code == 'E_" + code + "' }";
        String tradeRow = "dimensions.find { it.code == 'T_" + code + "' }";
        given().queryParam("asOf", "2022-06-06").when().get("/survey-rounds/" + round + "/reports/dimensions")
                .then().statusCode(200)
                .body(energyRow + ".lead.code", contains("CM-PEO-" + code))
                .body(energyRow + ".supporting.code", contains("CM-PEA-" + code))
                .body(energyRow + ".projects", equalTo(1))
                .body(energyRow + ".agencies.code", contains("CM-PEA-" + code))
                .body(energyRow + ".budgetThb", equalTo(1500000.0f))
                .body(energyRow + ".gaps", empty())
                .body(tradeRow + ".lead", empty())
                .body(tradeRow + ".gaps", contains("NO_LEAD", "NO_PROJECTS"));
        String csv = new String(given().accept("text/csv").queryParam("asOf", "2022-06-06").queryParam("lang", "en")
                .when().get("/survey-rounds/" + round + "/reports/dimensions").then().statusCode(200)
                .contentType("text/csv").extract().asByteArray(), StandardCharsets.UTF_8);
        Assertions.assertTrue(csv.contains("\r\nE_" + code + ",Smart Energy " + code + ",CM-PEO-" + code + ",CM-PEA-" + code
                + ",1,CM-PEA-" + code + ",1500000.00,\r\n"), csv);
        // the agency's scorecard shows its answer, its projects and (for the energy office) the lead role
        given().when().get("/reports/agencies/" + electricity + "/scorecard")
                .then().statusCode(200)
                .body("code", equalTo("CM-PEA-" + code))
                .body("responsibilities.role", contains("SUPPORTING"))
                .body("projects.titleTh", contains("มิเตอร์อัจฉริยะ"))
                .body("surveys.find { it.roundId == '" + round + "' }.runsSmartCityProjects", equalTo(true));
        given().when().get("/reports/agencies/" + energyOffice + "/scorecard")
                .then().statusCode(200)
                .body("responsibilities.role", contains("LEAD", "LEAD"))
                .body("responsibilities.current", contains(true, false))
                .body("surveys.find { it.roundId == '" + round + "' }.answered", equalTo(false));
        given().when().get("/reports/agencies/" + UUID.randomUUID() + "/scorecard")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aReplayedFeedChangesNothingAndAnOlderStateNeverOverwritesANewerOne() {
        put("COMMITTEE", committee, state("code", "C-" + code, "nameTh", "คณะกรรมการ (ชื่อใหม่) " + code,
                "status", "ACTIVE"));
        committeeFeed.catchUp();
        String before = given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200).extract().jsonPath().getString(committeeRow());
        // rewind the cursor: every change is applied again
        QuarkusTransaction.requiringNew().run(() ->
                db.createNativeQuery("UPDATE feed_cursor SET position = 0 WHERE feed = 'committee'").executeUpdate());
        committeeFeed.catchUp();
        String after = given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200).extract().jsonPath().getString(committeeRow());
        Assertions.assertEquals(before, after);
        Assertions.assertTrue(after.contains("คณะกรรมการ (ชื่อใหม่) " + code), after);
    }

    @Test
    void whenCommitteeServiceIsDownReportsAnswerFromTheCopyWithAWarning() throws Exception {
        CommitteeServiceStandIn.down(true);
        Assertions.assertThrows(RuntimeException.class, committeeFeed::catchUp);
        Thread.sleep(1_500);
        agencyFeed.catchUp();
        given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200)
                .body(committeeRow() + ".seats", equalTo(3))
                .body("warnings.source", contains("committee-service"));
        CommitteeServiceStandIn.down(false);
        breakers.resetAll();
        committeeFeed.catchUp();
        given().queryParam("asOf", "2022-06-06").when().get("/reports/committee")
                .then().statusCode(200).body("warnings", hasSize(0));
    }

    @Test
    void aReportDateThatIsNotADateIsA400() {
        given().queryParam("asOf", "2022-02-30").when().get("/reports/committee")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("lang", "fr").when().get("/reports/committee")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
