package smartcity.reporting.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.i18n.Name;

/**
 * The page's sections as the template draws them from the view model, including the parts that no data fills yet
 * (the responsibility matrix and the committee's vacancies): what they will look like once a colleague fills them.
 */
@QuarkusTest
class DashboardSectionsTest {

    private static String render(DashboardView view) {
        return DashboardResource.Templates.page(view).setLocale(view.language().locale()).render();
    }

    @Test
    void withoutAnyOpenedRoundThePageSaysSoAndInventsNothing() {
        String html = render(new DashboardView(Language.TH, List.of(), null, false, null, null, null));
        assertTrue(html.contains("<section class=\"notice\" id=\"empty-state\"><p>ยังไม่มีรอบการสำรวจที่เปิดแล้ว</p></section>"), html);
        assertFalse(html.contains("id=\"participation\""));
        assertFalse(html.contains("<form"), "no round to choose from");
        assertTrue(html.contains("<p class=\"not-available\">ยังไม่มีข้อมูล</p>"));
    }

    @Test
    void theResponsibilityMatrixShowsLeadsSupportersAndGaps() {
        UUID agency = UUID.randomUUID();
        ResponsibilityMatrix matrix = new ResponsibilityMatrix(LocalDate.of(2022, 6, 6), List.of(
                new ResponsibilityMatrix.DimensionRow("SMART_MOBILITY", new Name("ด้านคมนาคมอัจฉริยะ", "Smart Mobility"),
                        new ResponsibilityMatrix.ResponsibleAgency(agency, new Name("สำนักงานขนส่งจังหวัดเชียงใหม่", "Chiang Mai Provincial Land Transport Office"), false),
                        List.of(new ResponsibilityMatrix.ResponsibleAgency(UUID.randomUUID(), new Name("เทศบาลนครเชียงใหม่", "Chiang Mai City Municipality"), true),
                                new ResponsibilityMatrix.ResponsibleAgency(UUID.randomUUID(), Name.thai("องค์การบริหารส่วนจังหวัดเชียงใหม่"), false))),
                new ResponsibilityMatrix.DimensionRow("SMART_ECONOMY", new Name("ด้านเศรษฐกิจอัจฉริยะ", "Smart Economy"), null, List.of())));

        String english = render(new DashboardView(Language.EN, List.of(), null, false, null, matrix, null));
        String section = english.substring(english.indexOf("id=\"matrix\""), english.indexOf("id=\"vacancies\""));
        assertTrue(section.contains("<time datetime=\"2022-06-06\">6 Jun 2022 (B.E. 2565)</time>"), section);
        assertTrue(section.contains("<th scope=\"row\">Smart Mobility</th><td>Chiang Mai Provincial Land Transport Office</td>"), section);
        assertTrue(section.contains("Chiang Mai City Municipality <span class=\"flag\">(dissolved or merged)</span>, องค์การบริหารส่วนจังหวัดเชียงใหม่"), section);
        assertTrue(section.contains("<th scope=\"row\">Smart Economy</th><td><span class=\"gap\">No lead agency</span></td>"), section);
        assertFalse(section.contains("Not available yet"));
        assertTrue(english.contains("<p class=\"not-available\">Not available yet</p>"), "the vacancies are still missing");

        String thai = render(new DashboardView(Language.TH, List.of(), null, false, null, matrix, null));
        assertTrue(thai.contains("<time datetime=\"2022-06-06\">6 มิ.ย. 2565</time>"));
        assertTrue(thai.contains("<span class=\"gap\">ยังไม่มีหน่วยงานหลัก</span>"));
    }

    @Test
    void theVacanciesShowEachSeatToFillAndWhy() {
        CommitteeVacancies vacancies = new CommitteeVacancies(
                new Name("คณะกรรมการการพัฒนาเมืองอัจฉริยะจังหวัดเชียงใหม่", "Chiang Mai Smart City Development Committee"),
                LocalDate.of(2022, 6, 6), 25, 22, List.of(
                        new CommitteeVacancies.Vacancy(new Name("พาณิชย์จังหวัดเชียงใหม่", "Chiang Mai Provincial Commerce Officer"),
                                CommitteeVacancies.Reason.POSITION_NO_LONGER_HELD, Name.thai("นายสมชาย ใจดี")),
                        new CommitteeVacancies.Vacancy(Name.thai("กรรมการผู้ทรงคุณวุฒิ"), CommitteeVacancies.Reason.NO_HOLDER, null)));

        String thai = render(new DashboardView(Language.TH, List.of(), null, false, null, null, vacancies));
        String section = thai.substring(thai.indexOf("id=\"vacancies\""));
        assertTrue(section.contains("มีผู้ดำรงตำแหน่ง 22 จาก 25 ที่นั่ง"), section);
        assertTrue(section.contains("<th scope=\"row\">พาณิชย์จังหวัดเชียงใหม่</th><td>ผู้ดำรงตำแหน่งย้ายไปดำรงตำแหน่งอื่นแล้ว</td><td>นายสมชาย ใจดี</td>"), section);
        assertTrue(section.contains("<th scope=\"row\">กรรมการผู้ทรงคุณวุฒิ</th><td>ไม่มีผู้ดำรงตำแหน่ง</td><td>–</td>"), section);

        String english = render(new DashboardView(Language.EN, List.of(), null, false, null, null,
                new CommitteeVacancies(Name.thai("คณะกรรมการ"), LocalDate.of(2022, 6, 6), 25, 25, List.of())));
        assertTrue(english.contains("25 of 25 seats filled"));
        assertTrue(english.contains("No seat is vacant."));
    }
}
