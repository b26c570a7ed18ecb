package smartcity.reporting.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;

/** The dashboard's HTML as a client without a browser sees it: content, language, errors, and nothing from outside. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class DashboardPageTest {

    private static SurveyFixture.Round fy2565;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void theFiscalYear2565RoundHasBeenAnswered() {
        if (fy2565 == null) {
            breakers.resetAll();
            fy2565 = SurveyFixture.fiscalYear2565();
        }
    }

    private static String page(String query, String acceptLanguage) {
        var request = given();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get("/dashboard" + query)
                .then().statusCode(200).contentType("text/html;charset=UTF-8")
                .extract().asString();
    }

    /** The markup of the element with this id, up to its closing tag. */
    private static String element(String html, String id, String tag) {
        Matcher matcher = Pattern.compile("<" + tag + "[^>]* id=\"" + id + "\"[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL)
                .matcher(html);
        assertTrue(matcher.find(), "no <" + tag + " id=\"" + id + "\"> in the page");
        return matcher.group(1);
    }

    @Test
    void thaiIsTheDefaultWithTheRoundsFiguresAndBuddhistEraDates() {
        String html = page("?round=" + fy2565.id(), null);
        assertTrue(html.contains("<html lang=\"th\">"));
        String running = element(html, "tile-running", "div");
        assertTrue(running.contains("<span class=\"count\">19</span>"), running);
        assertTrue(running.contains("<span class=\"percent\">20.9%</span>"), running);
        assertTrue(running.contains("คิดเป็น 21 เปอร์เซ็นต์"), running);
        String none = element(html, "tile-none", "div");
        assertTrue(none.contains("<span class=\"count\">72</span>") && none.contains("79.1%") && none.contains("คิดเป็น 79 เปอร์เซ็นต์"), none);
        assertTrue(element(html, "tile-surveyed", "div").contains("<span class=\"count\">91</span>"));
        assertTrue(element(html, "tile-not-responded", "div").contains("<span class=\"count\">0</span>"));
        assertTrue(html.contains("มีการดำเนินโครงการเมืองอัจฉริยะ"));
        // the period and answering window in B.E., the ISO date for machines
        assertTrue(html.contains("<time datetime=\"2021-10-01\">1 ต.ค. 2564</time> – <time datetime=\"2022-09-30\">30 ก.ย. 2565</time>"), html);
        assertTrue(html.contains("<time datetime=\"2022-04-01\">1 เม.ย. 2565</time>"));
        assertTrue(element(html, "data-as-of", "p").matches("(?s)ข้อมูล ณ <time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00\">\\d{1,2} \\S+ 25\\d\\d \\d\\d:\\d\\d น.</time>"),
                element(html, "data-as-of", "p"));
        // breakdowns named in Thai
        String byType = element(html, "by-type", "section");
        assertTrue(byType.contains("<tr data-code=\"LOCAL_ADMINISTRATION\"><th scope=\"row\">องค์กรปกครองส่วนท้องถิ่น</th><td class=\"num\">30</td>"), byType);
        assertTrue(byType.contains("รัฐวิสาหกิจ"));
        String byKind = element(html, "by-local-kind", "section");
        assertTrue(byKind.contains("เทศบาลตำบล") && byKind.contains("องค์การบริหารส่วนตำบล (อบต.)"), byKind);
        String byDistrict = element(html, "by-district", "section");
        assertTrue(byDistrict.contains("<tr data-code=\"5001\"><th scope=\"row\">เมืองเชียงใหม่</th>"), byDistrict);
        assertTrue(byDistrict.contains("<tr data-code=\"5025\"><th scope=\"row\">กัลยาณิวัฒนา</th>"), byDistrict);
        // the chart is drawn here, to the one-decimal share
        assertTrue(element(html, "chart", "figure").contains("<rect class=\"bar\" width=\"20.9%\" height=\"30\"/>"));
    }

    @Test
    void acceptLanguageChoosesEnglishWithBothErasAndLangWinsOverIt() {
        given().header("Accept-Language", "fr-CH, en-GB;q=0.8, th;q=0.5")
                .when().get("/dashboard?round=" + fy2565.id())
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"));
        String english = page("?round=" + fy2565.id(), "fr-CH, en-GB;q=0.8, th;q=0.5");
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("Agencies surveyed"));
        assertTrue(element(english, "tile-running", "div").contains("rounded: 21%"));
        assertTrue(english.contains("<time datetime=\"2022-04-01\">1 Apr 2022 (B.E. 2565)</time>"));
        assertTrue(english.contains("<th scope=\"row\">Local administrative organisation</th>"));
        assertTrue(english.contains("<th scope=\"row\">Mueang Chiang Mai</th>"));
        assertTrue(english.contains("Smart-city work survey, fiscal year 2022"));

        String thai = page("?round=" + fy2565.id() + "&lang=th", "en-GB,en;q=0.9");
        assertTrue(thai.contains("<html lang=\"th\">") && thai.contains("หน่วยงานที่สำรวจ"));
        // the switch keeps the round that was asked for
        assertTrue(thai.contains("href=\"?round=" + fy2565.id() + "&amp;lang=en\""), thai);
    }

    @Test
    void anUnknownLanguageIsAValidationProblem() {
        given().when().get("/dashboard?lang=fr")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("lang"))
                .body("errors[0].message", equalTo("must be th or en"));
    }

    @Test
    void anUnknownRoundIsANotFoundProblem() {
        String id = UUID.randomUUID().toString();
        given().when().get("/dashboard?round=" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(id));
        given().when().get("/dashboard?round=NO-SUCH-ROUND&lang=en")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("NO-SUCH-ROUND"));
    }

    @Test
    void aRoundCanBeNamedByItsCode() {
        String html = page("?round=" + fy2565.code() + "&lang=en", null);
        assertTrue(html.contains("<span class=\"code\">" + fy2565.code() + "</span>"));
        assertTrue(html.contains("<option value=\"" + fy2565.id() + "\" selected>"), "the selector marks the round shown");
    }

    @Test
    void withoutARoundTheMostRecentOpenedOneIsShown() {
        List<Map<String, Object>> rounds = given().queryParam("size", 200).when().get("/survey-rounds")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> latest = rounds.stream().filter(r -> !"PLANNED".equals(r.get("status"))).findFirst().orElseThrow();
        String html = page("", null);
        assertTrue(html.contains("<option value=\"" + latest.get("id") + "\" selected>"), "expected " + latest.get("code"));
        // the selector lists every round, planned ones included
        assertEquals(rounds.size(), count(html, "<option value="));
        // switching language keeps following the latest round rather than pinning this one
        assertTrue(html.contains("href=\"?lang=en\""));
    }

    @Test
    void aPlannedRoundShowsNoFiguresYet() {
        SurveyFixture.Round planned = SurveyFixture.planned("รอบที่ยังไม่เปิด", "A round not open yet", "2030-10-01",
                "2031-09-30", "2031-04-01", "2031-05-31");
        String html = page("?round=" + planned.id(), null);
        assertTrue(element(html, "not-open", "section").contains("ตัวเลขจะแสดงเมื่อเปิดรอบการสำรวจนี้"));
        assertTrue(element(html, "round-status", "span").contains("ยังไม่เปิด"));
        assertFalse(html.contains("id=\"tile-running\""));
        // a planned round does not become the default
        assertFalse(page("", null).contains("<option value=\"" + planned.id() + "\" selected>"));
    }

    @Test
    void theMatrixAndTheVacanciesComeFromCommitteeServicesFeed() {
        SurveyFixture.committeeOnFeed();
        String html = page("?round=" + fy2565.id() + "&lang=en", null);
        String matrix = element(html, "matrix", "section");
        assertFalse(matrix.contains("Not available yet"), matrix);
        assertTrue(matrix.contains("Smart Mobility"), matrix);
        assertTrue(matrix.contains("สำนักงานขนส่งจังหวัดเชียงใหม่"), matrix);
        assertTrue(matrix.contains("Trade and Investment"), matrix);
        String vacancies = element(html, "vacancies", "section");
        assertFalse(vacancies.contains("Not available yet"), vacancies);
        assertTrue(vacancies.contains("Private sector representative"), vacancies);
        assertFalse(vacancies.contains(">Chair<"), "the chair is held: " + vacancies);
    }

    @Test
    void nothingOnThePageComesFromOutsideTheService() {
        String html = page("?round=" + fy2565.id(), null);
        String css = given().when().get("/dashboard/dashboard.css")
                .then().statusCode(200).contentType(startsWith("text/css")).extract().asString();
        for (String text : List.of(html, css)) {
            assertEquals(List.of(), absoluteReferences(text), "only relative references, to this service");
        }
        // every resource the page or its stylesheet loads is here, and public
        List<String> loaded = new ArrayList<>();
        Matcher attributes = Pattern.compile("(?:href|src)=\"([^\"#?][^\"]*)\"").matcher(html);
        while (attributes.find()) {
            loaded.add(attributes.group(1));
        }
        Matcher urls = Pattern.compile("url\\(\"?([^\")]+)\"?\\)").matcher(css);
        while (urls.find()) {
            loaded.add(java.net.URI.create("/dashboard/").resolve(urls.group(1)).getPath());
        }
        assertTrue(loaded.contains("/dashboard/dashboard.css"), loaded.toString());
        assertTrue(loaded.contains("/fonts/sarabun-thai-400-normal.woff2"), loaded.toString());
        for (String path : loaded) {
            if (path.startsWith("data:")) {
                continue;
            }
            given().when().get(path).then().statusCode(200);
        }
    }

    @Test
    void theThaiWebFontIsServedFromTheServiceWithItsLicence() {
        given().when().get("/fonts/sarabun-thai-400-normal.woff2")
                .then().statusCode(200)
                .contentType("font/woff2")
                .header("Content-Length", Integer::parseInt, greaterThan(4000));
        given().when().get("/fonts/sarabun-thai-700-normal.woff2").then().statusCode(200);
        given().when().get("/fonts/LICENSE")
                .then().statusCode(200)
                .body(containsString("SIL Open Font License"));
        // only the faces the page uses are bundled
        given().when().get("/fonts/sarabun-vietnamese-400-normal.woff2").then().statusCode(not(equalTo(200)));
    }

    /** {@code http://} and {@code https://} references, and protocol-relative {@code //host} ones, in a text. */
    private static List<String> absoluteReferences(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?i)https?://[^\\s\"')<>]*|(?:href|src)=\"//[^\"]*\"|url\\(\"?//[^)]*\\)").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
