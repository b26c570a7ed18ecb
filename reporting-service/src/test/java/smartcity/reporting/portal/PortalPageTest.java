package smartcity.reporting.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The developer portal as a reader without internet gets it: every section, the configured links, nothing else. */
@QuarkusTest
class PortalPageTest {

    @Inject
    PortalSettings settings;

    private static String page() {
        return given().when().get("/developers")
                .then().statusCode(200).contentType("text/html;charset=UTF-8")
                .extract().asString();
    }

    @Test
    void linksEachServicesSwaggerUiAndOpenApiDocumentFromConfiguration() {
        String html = page();
        for (String base : List.of(settings.agencyUrl(), settings.committeeUrl(), "")) {
            assertTrue(html.contains("href=\"" + base + "/q/swagger-ui/\""), "Swagger UI of " + (base.isEmpty() ? "this service" : base));
            assertTrue(html.contains("href=\"" + base + "/q/openapi?format=json\""), "OpenAPI document of " + base);
        }
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("ทะเบียนหน่วยงาน"), "key terms in Thai too");
    }

    @Test
    void hasEverySectionWithItsAnchor() {
        String html = page();
        for (String anchor : List.of("apis", "tokens", "paging", "errors", "etags", "retries", "change-feeds", "webhooks")) {
            assertTrue(html.contains("<section id=\"" + anchor + "\""), "section " + anchor);
            assertTrue(html.contains("href=\"#" + anchor + "\""), "the menu links " + anchor);
        }
        String webhooks = html.substring(html.indexOf("<section id=\"webhooks\""));
        for (String fact : List.of("/webhook-subscriptions", "Webhook-Signature: v1=&lt;hex&gt;", "Webhook-Timestamp",
                "HMAC-SHA256", "timestamp.body", "/webhook-subscriptions/{id}/deliveries")) {
            assertTrue(webhooks.contains(fact), "the webhooks section says " + fact);
        }
        for (String fact : List.of("deploy/token.sh", "agency_id", "groups", "smartcity", "application/problem+json",
                "/problems/{type}", "correlationId", "If-Match", "412", "GET /agencies/changes?after=&amp;limit=",
                "GET /changes?after=&amp;limit=", "\"totalPages\"", "Idempotency-Key", "Idempotency-Replayed: true",
                "/problems/idempotency-key-reused")) {
            assertTrue(html.contains(fact), "the page says " + fact);
        }
    }

    @Test
    void nothingOnThePageComesFromOutsideTheSuite() {
        String html = page();
        String css = given().when().get("/portal/portal.css")
                .then().statusCode(200).contentType(startsWith("text/css")).extract().asString();
        List<String> allowed = List.of(settings.agencyUrl(), settings.committeeUrl());
        List<String> outside = new ArrayList<>();
        for (String reference : absoluteReferences(html)) {
            if (allowed.stream().noneMatch(reference::startsWith)) {
                outside.add(reference);
            }
        }
        assertEquals(List.of(), outside, "only the configured service URLs, else relative references");
        assertEquals(List.of(), absoluteReferences(css), "the stylesheet loads only from this service");

        // what the page and its stylesheet load is here, and public
        List<String> loaded = new ArrayList<>();
        Matcher links = Pattern.compile("<link[^>]* href=\"([^\"]+)\"").matcher(html);
        while (links.find()) {
            loaded.add(links.group(1));
        }
        Matcher urls = Pattern.compile("url\\(\"?([^\")]+)\"?\\)").matcher(css);
        while (urls.find()) {
            loaded.add(URI.create("/portal/").resolve(urls.group(1)).getPath());
        }
        assertTrue(loaded.contains("/portal/portal.css"), loaded.toString());
        assertTrue(loaded.contains("/fonts/sarabun-thai-400-normal.woff2"), loaded.toString());
        for (String path : loaded) {
            if (!path.startsWith("data:")) {
                given().when().get(path).then().statusCode(200);
            }
        }
        // and the page's own relative links answer
        for (String path : List.of("/q/swagger-ui/", "/q/openapi?format=json", "/problems/validation", "/dashboard")) {
            given().when().get(path).then().statusCode(200);
        }
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
}
