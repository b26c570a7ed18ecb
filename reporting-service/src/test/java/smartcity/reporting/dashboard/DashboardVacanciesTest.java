package smartcity.reporting.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.reporting.CommitteeServiceStandIn.period;
import static smartcity.reporting.CommitteeServiceStandIn.put;
import static smartcity.reporting.CommitteeServiceStandIn.seatVacancy;
import static smartcity.reporting.CommitteeServiceStandIn.state;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.agency.AgencyCopies;
import smartcity.reporting.framework.CommitteeFeedFollower;
import smartcity.reporting.framework.FrameworkCopies;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.report.CommitteeReport;
import smartcity.reporting.report.ParticipationReport;
import smartcity.reporting.round.SurveyRoundRepository;

/**
 * The vacancies section as the page draws it from the committee report: each seat to fill, why, and who held it last,
 * in the page's language. The dashboard follows a committee of this test's own (by its code), so other tests' data
 * does not reach it.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class DashboardVacanciesTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    CommitteeFeedFollower committeeFeed;

    @Inject
    SurveyRoundRepository rounds;

    @Inject
    ParticipationReport participation;

    @Inject
    FrameworkCopies framework;

    @Inject
    AgencyCopies agencies;

    @Inject
    CommitteeReport committees;

    private String vacancies(Dashboards dashboards, Language language) {
        DashboardView view = dashboards.view(null, language);
        String html = DashboardResource.Templates.page(view).setLocale(language.locale()).render();
        return html.substring(html.indexOf("id=\"vacancies\""));
    }

    @Test
    void aMemberWhoHasLeftTheirPostIsShownByNameInThePagesLanguageBesideTheSeatsToFill() {
        breakers.resetAll();
        CommitteeServiceStandIn.down(false);
        String code = "DASH-V-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID committee = put("COMMITTEE", UUID.randomUUID(), state("code", code, "nameTh", "คณะกรรมการ " + code,
                "nameEn", "Committee " + code, "status", "ACTIVE"));
        UUID commerceSeat = put("SEAT", UUID.randomUUID(), state("committeeId", committee, "role", "MEMBER",
                "basis", "EX_OFFICIO", "titleTh", "กรรมการ", "titleEn", "Member", "positionTh", "พาณิชย์จังหวัดเชียงใหม่",
                "displayOrder", 1, "establishedOn", "2020-01-01"));
        UUID digital = put("SEAT", UUID.randomUUID(), state("committeeId", committee, "role", "MEMBER", "basis", "APPOINTED",
                "titleTh", "ผู้ทรงคุณวุฒิด้านดิจิทัล", "titleEn", "Digital expert", "displayOrder", 2,
                "establishedOn", "2020-01-01"));
        UUID chair = put("SEAT", UUID.randomUUID(), state("committeeId", committee, "role", "CHAIR", "basis", "APPOINTED",
                "titleTh", "ประธานกรรมการ", "titleEn", "Chair", "displayOrder", 0, "establishedOn", "2020-01-01"));
        UUID movedAway = put("PERSON", UUID.randomUUID(), state("nameTh", "พาณิชย์จังหวัดคนก่อน",
                "nameEn", "Former Provincial Commerce Officer", "positionTh", "พาณิชย์จังหวัดเชียงราย"));
        UUID chairPerson = put("PERSON", UUID.randomUUID(), state("nameTh", "ประธาน " + code, "nameEn", "Chair " + code,
                "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"));
        UUID moved = put("MEMBERSHIP", UUID.randomUUID(), state("seatId", commerceSeat, "personId", movedAway,
                "startDate", "2020-10-01"));
        UUID chairs = put("MEMBERSHIP", UUID.randomUUID(), state("seatId", chair, "personId", chairPerson,
                "startDate", "2021-01-01"));
        // committee-service's conclusions about the three seats, as its feed publishes them
        seatVacancy(commerceSeat, committee, period("2020-01-01", "2020-09-30", "VACANT", "NO_HOLDER", null, null),
                period("2020-10-01", null, "LAPSED", "POSITION_NO_LONGER_HELD", moved, movedAway));
        seatVacancy(digital, committee, period("2020-01-01", null, "VACANT", "NO_HOLDER", null, null));
        seatVacancy(chair, committee, period("2020-01-01", "2020-12-31", "VACANT", "NO_HOLDER", null, null),
                period("2021-01-01", null, "HELD", null, chairs, chairPerson));
        committeeFeed.catchUp();
        Dashboards dashboards = new Dashboards(rounds, participation, framework, agencies, committees, code);

        String english = vacancies(dashboards, Language.EN);
        assertTrue(english.contains("Committee " + code + " · "), english);
        assertTrue(english.contains("2 of 3 seats filled"), english);
        assertTrue(english.contains("<tr><th scope=\"row\">Digital expert</th><td>Nobody holds the seat</td><td>–</td></tr>"),
                english);
        // an ex-officio seat is named by its post, which committee-service keeps in Thai only
        assertTrue(english.contains("<tr><th scope=\"row\">พาณิชย์จังหวัดเชียงใหม่</th><td>The holder has left the position</td>"
                + "<td>Former Provincial Commerce Officer</td></tr>"), english);

        String thai = vacancies(dashboards, Language.TH);
        assertTrue(thai.contains("คณะกรรมการ " + code + " · "), thai);
        assertTrue(thai.contains("<tr><th scope=\"row\">ผู้ทรงคุณวุฒิด้านดิจิทัล</th><td>ไม่มีผู้ดำรงตำแหน่ง</td><td>–</td></tr>"),
                thai);
        assertTrue(thai.contains("<tr><th scope=\"row\">พาณิชย์จังหวัดเชียงใหม่</th><td>ผู้ดำรงตำแหน่งย้ายไปดำรงตำแหน่งอื่นแล้ว</td>"
                + "<td>พาณิชย์จังหวัดคนก่อน</td></tr>"), thai);
        assertEquals(2, english.split("<tr><th scope=\"row\">", -1).length - 1, "the seats to fill, and no other");
    }
}
