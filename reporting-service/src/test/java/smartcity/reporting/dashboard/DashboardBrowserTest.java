package smartcity.reporting.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real browser, as a wall screen shows it: Debian's headless Chromium driven through its
 * ChromeDriver. Chromium and ChromeDriver are named explicitly (and SE_OFFLINE is set by the build), so Selenium never
 * downloads a browser. The machine has no Thai system font: Thai text can only be drawn by the page's own Sarabun.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target");

    private static WebDriver browser;
    private static Path profile;
    private static SurveyFixture.Round fy2565;
    private static SurveyFixture.Round fy2566;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeAll
    static void startChromium() throws IOException {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertTrue(Files.isExecutable(binary), binary + " is missing: the browser tests need Debian's Chromium and "
                    + "ChromeDriver (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        profile = Files.createTempDirectory("dashboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1920,1080");
        // the browser of a Thai office: Accept-Language asks for Thai first
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "th-TH,th,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(20));
        // the page itself gets the wall screen's 1920 × 1080, whatever the (simulated) window frame takes
        long frame = (Long) ((JavascriptExecutor) browser).executeScript("return window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(1920, 1080 + (int) frame));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void twoRoundsHaveBeenAnswered() {
        if (fy2565 == null) {
            breakers.resetAll();
            fy2565 = SurveyFixture.fiscalYear2565();
            fy2566 = SurveyFixture.fiscalYear2566();
            SurveyFixture.committeeOnFeed();
        }
    }

    private void open(String query) {
        browser.get(dashboard + query);
        waitForFonts();
    }

    private void waitForFonts() {
        ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aThaiWallScreenShowsTheRoundsFiguresInTheBundledThaiFont() throws IOException {
        open("?round=" + fy2565.id());

        assertEquals(List.of(1920L, 1080L), ((JavascriptExecutor) browser).executeScript("return [innerWidth, innerHeight]"));
        assertEquals("th", browser.findElement(By.tagName("html")).getAttribute("lang"), "Accept-Language chose Thai");
        assertEquals("91", text("#tile-surveyed .count"));
        assertEquals("19", text("#tile-running .count"));
        assertEquals("20.9%", text("#tile-running .percent"));
        assertEquals("คิดเป็น 21 เปอร์เซ็นต์", text("#tile-running .whole"));
        assertEquals("72", text("#tile-none .count"));
        assertEquals("79.1%", text("#tile-none .percent"));
        assertEquals("คิดเป็น 79 เปอร์เซ็นต์", text("#tile-none .whole"));
        assertEquals("หน่วยงานที่สำรวจ", text("#tile-surveyed .label"));
        assertEquals("1 เม.ย. 2565", text("#round-window time"));
        assertEquals("2022-04-01", browser.findElement(By.cssSelector("#round-window time")).getAttribute("datetime"));
        assertTrue(text("#by-district").contains("เมืองเชียงใหม่"));

        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertTrue(((String) js.executeScript("return getComputedStyle(document.querySelector('h1')).fontFamily"))
                .replace("\"", "").startsWith("Sarabun,"), "the page asks for Sarabun first");
        // the Thai faces of the bundled font were fetched and decoded: a missing or broken file leaves them 'error'
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> faces = (List<Map<String, Object>>) js.executeScript(
                "return Array.from(document.fonts).map(f => ({family: f.family.replaceAll('\"', ''), weight: f.weight,"
                        + " range: f.unicodeRange, status: f.status}));");
        List<Map<String, Object>> thaiFaces = faces.stream()
                .filter(face -> "Sarabun".equals(face.get("family")) && String.valueOf(face.get("range")).contains("E01"))
                .toList();
        assertEquals(2, thaiFaces.size(), faces.toString());
        for (Map<String, Object> face : thaiFaces) {
            assertEquals("loaded", face.get("status"), "Sarabun Thai " + face.get("weight") + ": " + faces);
        }
        assertEquals(Boolean.TRUE, js.executeScript("return document.fonts.check('16px Sarabun', 'ภาษาไทย')"));
        // and Thai text really is drawn with it: with no Thai system font here, any other family falls back to the
        // same boxes, so the widths could only differ if Sarabun's own glyphs are used
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) js.executeScript(
                "const probe = document.createElement('span');"
                        + "probe.textContent = 'ภาษาไทย เมืองอัจฉริยะเชียงใหม่';"
                        + "probe.style.cssText = 'position:absolute; white-space:nowrap; font-size:40px';"
                        + "document.body.appendChild(probe);"
                        + "probe.style.fontFamily = 'Sarabun'; const sarabun = probe.getBoundingClientRect().width;"
                        + "probe.style.fontFamily = 'NoSuchFontAnywhere, monospace'; const fallback = probe.getBoundingClientRect().width;"
                        + "probe.remove(); return [sarabun, fallback];");
        assertNotEquals(widths.get(0).doubleValue(), widths.get(1).doubleValue(), 0.5,
                "Thai drawn in Sarabun must not measure like the fallback: " + widths);

        screenshot("dashboard-th.png");
    }

    @Test
    void theEnglishSwitchShowsEnglishLabelsAndBothEras() throws IOException {
        open("?round=" + fy2565.id());
        browser.findElement(By.id("lang-en")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("lang=en"));
        waitForFonts();

        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getCurrentUrl().contains("round=" + fy2565.id()), "the switch stays on the round");
        assertEquals("Agencies surveyed", text("#tile-surveyed .label"));
        assertEquals("Run smart-city projects", text("#tile-running .label"));
        assertEquals("rounded: 21%", text("#tile-running .whole"));
        assertEquals("1 Apr 2022 (B.E. 2565)", text("#round-window time"));
        assertTrue(text("#round-period").contains("1 Oct 2021 (B.E. 2564)"), text("#round-period"));
        assertTrue(text("#data-as-of").matches("Data as of \\d{1,2} [A-Z][a-z]{2} \\d{4} \\(B\\.E\\. \\d{4}\\) \\d\\d:\\d\\d"),
                text("#data-as-of"));
        assertTrue(text("#by-type").contains("Local administrative organisation"));
        assertTrue(text("#matrix").contains("Smart Mobility"), text("#matrix"));
        assertTrue(text("#vacancies").contains("Private sector representative"), text("#vacancies"));
        screenshot("dashboard-en.png");

        browser.findElement(By.id("lang-th")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("lang=th"));
        assertEquals("th", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void theRoundSelectorSwitchesRounds() {
        open("?round=" + fy2565.id() + "&lang=en");
        assertEquals("19", text("#tile-running .count"));

        new Select(browser.findElement(By.id("round"))).selectByValue(fy2566.id());
        browser.findElement(By.cssSelector("#round-picker button[type=submit]")).click();
        // the form's GET loads a new page: wait for it before reading it
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("round=" + fy2566.id()));
        waitForFonts();

        assertTrue(browser.getCurrentUrl().contains("round=" + fy2566.id()), browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), "the language is kept");
        assertTrue(text("#round-title").startsWith("Smart-city work survey, fiscal year 2023"));
        assertEquals("91", text("#tile-surveyed .count"));
        assertEquals("64", text("#tile-responded .count"));
        assertEquals("11", text("#tile-running .count"));
        assertEquals("12.1%", text("#tile-running .percent"));
        assertEquals("rounded: 12%", text("#tile-running .whole"));
        assertEquals("27", text("#tile-not-responded .count"));
        assertEquals("29.7%", text("#tile-not-responded .percent"));
        assertEquals("rounded: 30%", text("#tile-not-responded .whole"));
        assertEquals("6 Jun 2023 (B.E. 2566)", browser.findElements(By.cssSelector("#round-window time")).get(1).getText());
        assertEquals(fy2566.id(), new Select(browser.findElement(By.id("round"))).getFirstSelectedOption().getAttribute("value"));
    }
}
