package smartcity.localrun;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One rule in one place: the vacancies committee-service computes ({@code GET /committees/{id}/vacancies} and the
 * roster's counts) and the ones reporting-service's committee report shows from its copy of committee-service's feed
 * (SEAT_VACANCY) are the same, seat by seat, on every date asked, with the real three services and the 2022 demo.
 */
@ExtendWith(ScenarioSuite.class)
class VacancyAgreementIT {

    private static final String COMMITTEE = "CM-SMART-CITY";

    /**
     * Before the first member was seated (2020-10-01: the committee had no members yet), the day two members' posts
     * changed, the meeting day, the restructuring's effective date, and today.
     */
    private static final List<String> DATES = List.of("2019-01-01", "2021-10-01", "2022-06-06", "2022-07-01",
            LocalDate.now().toString());

    @Test
    void reportingsCommitteeReportAgreesWithCommitteeServicesVacanciesSeatBySeat(ScenarioSuite.Running suite)
            throws Exception {
        String committee = ChiangMai2022ScenarioIT.committeeId(suite);
        String row = "committees.find { it.code == '" + COMMITTEE + "' }";
        ChiangMai2022ScenarioIT.waitForReporting(suite, "/reports/committee", row + ".seats");
        boolean sawALapse = false;
        for (String date : DATES) {
            JsonPath roster = given(suite.committee()).queryParam("asOf", date)
                    .get("/committees/{id}/roster", committee).then().statusCode(200).extract().jsonPath();
            JsonPath vacancies = given(suite.committee()).queryParam("asOf", date)
                    .get("/committees/{id}/vacancies", committee).then().statusCode(200).extract().jsonPath();
            Map<String, String> byCommittee = new TreeMap<>();
            List<String> seats = vacancies.getList("seat.id");
            List<String> reasons = vacancies.getList("reason");
            List<Object> holders = vacancies.getList("holder");
            for (int i = 0; i < seats.size(); i++) {
                // reporting lists a vacant seat without its reason (why it is vacant): compare vacant as NO_HOLDER
                byCommittee.put(seats.get(i), holders.get(i) == null ? "NO_HOLDER" : reasons.get(i));
            }

            JsonPath report = given(suite.reporting()).queryParam("asOf", date).get("/reports/committee")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, String> byReporting = new TreeMap<>();
            report.<String>getList(row + ".vacancies.seatId").forEach(seat -> byReporting.put(seat, "NO_HOLDER"));
            List<String> lapsedSeats = report.getList(row + ".lapsed.seatId");
            List<String> lapsedReasons = report.getList(row + ".lapsed.reason");
            for (int i = 0; i < lapsedSeats.size(); i++) {
                assertEquals(null, byReporting.put(lapsedSeats.get(i), lapsedReasons.get(i)),
                        "a seat is listed once on " + date);
            }

            assertEquals(byCommittee, byReporting, "seat by seat, with reasons, on " + date);
            assertEquals(List.of(roster.getInt("seats"), roster.getInt("filled"), roster.getInt("vacant")),
                    List.of(report.getInt(row + ".seats"), report.getInt(row + ".filled"), report.getInt(row + ".vacant")),
                    "seats, filled, vacant on " + date);
            System.out.printf("vacancies on %s: committee %s, reporting %s (seats %d, filled %d, vacant %d)%n", date,
                    byCommittee.values(), byReporting.values(), roster.getInt("seats"), roster.getInt("filled"),
                    roster.getInt("vacant"));
            sawALapse |= byCommittee.containsValue("POSITION_NO_LONGER_HELD");
        }
        // the comparison means something only if the dates cover a lapse, not just empty seats
        assertFalse(!sawALapse, "some date shows a member whose ex-officio basis lapsed");
    }
}
