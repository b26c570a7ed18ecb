package smartcity.reporting.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static smartcity.reporting.Tokens.as;
import static smartcity.reporting.Tokens.asSecretariat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import smartcity.reporting.Tokens;

/** Who may subscribe and see what; which callback URLs are refused. */
@QuarkusTest
class WebhookSubscriptionResourceTest {

    private static final String RECEIVER = "https://hooks.example.org/smartcity";

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "https://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/hook", "https://10.0.0.1/hook", "https://192.168.1.20/hook", "https://[::1]/hook",
            "https://[fd00::1]/hook", "https://0.0.0.0/hook", "file:///etc/passwd", "ftp://files.example.org/hook",
            "https://user:password@hooks.example.org/hook", "not a url", "http://127.0.0.1:99999/hook",
            "http://localhost:0/hook", "http://localhost:65536/hook", "https://192.0.2.10/hook", "https://198.18.0.1/hook",
            "https://240.0.0.1/hook", "https://[64:ff9b::a00:1]/hook", "https://[2002:a00:1::1]/hook",
            "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook"})
    void callbackUrlsThatCouldReachInsideTheNetworkAreRefused(String url) {
        asSecretariat().contentType("application/json")
                .body(Map.of("callbackUrl", url, "events", List.of("survey-round.opened")))
                .when().post("/webhook-subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", everyItem(equalTo("callbackUrl")));
    }

    @Test
    void unknownEventTypesAndABadUrlAreReportedTogether() {
        asSecretariat().contentType("application/json")
                .body(Map.of("callbackUrl", "http://10.0.0.1/hook", "events", List.of("survey-round.opened", "round.deleted")))
                .when().post("/webhook-subscriptions")
                .then().statusCode(400)
                .body("errors.field", hasItem("callbackUrl"))
                .body("errors.field", hasItem("events"));
        asSecretariat().contentType("application/json")
                .body(Map.of("callbackUrl", "http://localhost:9/hook", "events", List.of()))
                .when().post("/webhook-subscriptions")
                .then().statusCode(400).body("errors.field", hasItem("events"));
    }

    @Test
    void anAgencyEditorManagesOnlyItsOwnAgencysSubscriptionsAndSeesTheSecretOnlyOnCreate() {
        String agency = Tokens.randomId();
        String other = Tokens.randomId();
        String own = Tokens.agencyEditor(agency);
        String stranger = Tokens.agencyEditor(other);

        String id = as(own).contentType("application/json")
                .body(Map.of("callbackUrl", "http://localhost:9/own", "events", List.of("assignment.changed")))
                .when().post("/webhook-subscriptions")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/webhook-subscriptions/"))
                .body("agencyId", equalTo(agency))
                .body("status", equalTo("PENDING"))
                .body("secret", matchesPattern("[A-Za-z0-9_-]{43}"))
                .extract().path("id");

        as(own).when().get("/webhook-subscriptions/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("$", not(hasKey("secret")));
        asSecretariat().when().get("/webhook-subscriptions/" + id)
                .then().statusCode(200).body("$", not(hasKey("secret")));
        as(own).when().get("/webhook-subscriptions")
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.agencyId", everyItem(equalTo(agency)))
                .body("items[0]", not(hasKey("secret")));

        as(stranger).when().get("/webhook-subscriptions/" + id)
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        as(stranger).when().get("/webhook-subscriptions/" + id + "/deliveries").then().statusCode(403);
        as(stranger).when().post("/webhook-subscriptions/" + id + "/suspension").then().statusCode(403);
        as(stranger).when().delete("/webhook-subscriptions/" + id).then().statusCode(403);
        as(stranger).when().get("/webhook-subscriptions")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as(stranger).contentType("application/json")
                .body(Map.of("callbackUrl", RECEIVER, "events", List.of("agency.changed"), "agencyId", agency))
                .when().post("/webhook-subscriptions")
                .then().statusCode(403).contentType("application/problem+json");
        // only the secretariat approves, even the owner's own
        as(own).when().post("/webhook-subscriptions/" + id + "/approval").then().statusCode(403);

        asSecretariat().when().post("/webhook-subscriptions/" + id + "/approval").then().statusCode(200);
        asSecretariat().when().post("/webhook-subscriptions/" + id + "/approval")
                .then().statusCode(409).body("type", equalTo("/problems/conflict"));
        as(own).when().post("/webhook-subscriptions/" + id + "/suspension")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        as(own).when().delete("/webhook-subscriptions/" + id).then().statusCode(204);
        asSecretariat().when().get("/webhook-subscriptions/" + id).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void theWebhookOperationsAreDocumentedWithTheirProblems() {
        io.restassured.path.json.JsonPath openapi = io.restassured.RestAssured.given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String create = "paths.'/webhook-subscriptions'.post";
        org.junit.jupiter.api.Assertions.assertNotNull(openapi.get(create + ".requestBody.content.'application/json'.examples"));
        for (String status : List.of("201", "400", "401", "403")) {
            org.junit.jupiter.api.Assertions.assertNotNull(openapi.get(create + ".responses.'" + status + "'"), "create answers " + status);
        }
        for (String status : List.of("404", "409")) {
            org.junit.jupiter.api.Assertions.assertNotNull(
                    openapi.get("paths.'/webhook-subscriptions/{id}/approval'.post.responses.'" + status + "'"), "approval answers " + status);
        }
        for (String status : List.of("403", "404", "409")) {
            org.junit.jupiter.api.Assertions.assertNotNull(
                    openapi.get("paths.'/webhook-subscriptions/{id}/resumption'.post.responses.'" + status + "'"), "resumption answers " + status);
        }
        org.junit.jupiter.api.Assertions.assertNotNull(openapi.get(create + ".responses.'503'"), "create answers 503");
        org.junit.jupiter.api.Assertions.assertNotNull(openapi.get("paths.'/webhook-subscriptions/{id}/deliveries'.get.summary"));
    }

    @Test
    void subscriptionsAreForAgencyEditorsAndTheSecretariatOnly() {
        Tokens.as(Tokens.portal()).when().get("/webhook-subscriptions").then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/webhook-subscriptions")
                .then().statusCode(401).body("type", equalTo("/problems/unauthenticated"));
    }
}
