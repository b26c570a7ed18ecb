package smartcity.agency.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import smartcity.agency.Tokens;

/**
 * What every service of the suite promises whatever its features: health, documentation, problem details for every
 * refusal. Each service's {@code ServiceContractTest} extends it, names one public list and one secured write, and
 * adds what its own document must describe.
 */
public abstract class ServiceContract {

    /** A public, paged list of the service (e.g. {@code /districts}); it answers no DELETE. */
    protected abstract String list();

    /** A secured POST whose path holds an id, with {@code %s} for the id (e.g. {@code /agencies/%s/dissolution}). */
    protected abstract String securedWrite();

    /** The management interface (quarkus.management.*): health and metrics, on a port of their own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessIncludesTheDatabase() {
        given().port(management.getPort()).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().port(management.getPort()).when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    /**
     * A request line or header block beyond Vert.x's limits (quarkus.http.limits: 4 KB line, 20 KB headers) is refused
     * by the HTTP server itself, before any route or filter runs: the status is right, but Quarkus gives no hook to
     * write a problem body there (see README, "Errors"), so only the status is promised.
     */
    @Test
    void anOverlongRequestLineOrHeaderBlockIsRefusedBeforeRouting() {
        given().urlEncodingEnabled(false).when().get("/" + "a".repeat(10_000))
                .then().statusCode(414);
        given().header("X-Filler", "a".repeat(30_000)).when().get(list())
                .then().statusCode(431);
    }

    @Test
    void healthAndMetricsAreNotServedOnThePublicPort() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
            given().when().get(path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"));
        }
        // climbing to them through a public prefix is refused before routing
        given().urlEncodingEnabled(false).when().get("/problems/%2e%2e/q/metrics")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathIsANotFoundProblemWithoutInternals() {
        given().when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        given().contentType("application/json").body("{}")
                .when().delete(list())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void unservableAcceptHeaderIsANotAcceptableProblem() {
        given().accept("application/xml")
                .when().get(list())
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void aPageNumberThatIsNotANumberIsABadRequest() {
        given().queryParam("page", "abc").when().get(list())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not a whole number"));
    }

    @Test
    void aPageWhoseFirstItemIsBeyondWhatAQueryTakesIsABadRequestNotAFailure() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 50).when().get(list())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("page"));
        // the largest page allowed, at the largest size, is an empty page and not an overflow
        given().queryParam("page", PageRequest.MAX_PAGE).queryParam("size", PageRequest.MAX_SIZE).when().get(list())
                .then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("page", equalTo(PageRequest.MAX_PAGE));
    }

    @Test
    void everyAnswerForbidsSniffingSendsNoReferrerAndVariesByOrigin() {
        for (io.restassured.response.ValidatableResponse answer : List.of(
                given().when().get(list()).then().statusCode(200),
                given().when().get("/no-such-path").then().statusCode(404),
                given().when().get("/q/openapi").then().statusCode(200))) {
            answer.header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Vary", containsString("Origin"));
        }
        // a cross-origin request from the allowed origin: its CORS answer is one a cache must keep per origin
        given().header("Origin", "http://localhost:3000").when().get(list())
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Vary", containsString("Origin"));
        // one Vary header, whatever else the answer varies by
        List<String> vary = given().header("Accept", "application/json").when().get(list())
                .then().extract().headers().getValues("Vary");
        assertEquals(1, vary.size(), "one Vary header: " + vary);
    }

    @Test
    void everyProblemTypeHasAPageExplainingIt() {
        given().when().get("/problems/validation")
                .then().statusCode(200)
                .body(containsString("Request is not valid (HTTP 400)"))
                .body(containsString("errors"));
        given().when().get("/problems/no-such-type")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anIdACharacterAURIMustEscapeIsAProblemWhoseInstanceIsAURI() {
        for (String id : List.of("%3Cx%3E", "%27", "%22", "a%20b", "%00", "100%25", "%7B%7D%7C%5C%5E%60")) {
            String path = String.format(securedWrite(), id);
            String anonymous = given().urlEncodingEnabled(false).contentType("application/json").body("{}")
                    .when().post(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthenticated"))
                    .extract().path("instance");
            assertTrue(isUri(anonymous), anonymous + " is a URI reference");
            assertEquals(URI.create(path).getPath(), URI.create(anonymous).getPath(), "the instance is the path sent");
            String withToken = Tokens.asSecretariat().urlEncodingEnabled(false).contentType("application/json").body("{}")
                    .when().post(path)
                    .then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                    .contentType("application/problem+json")
                    .extract().path("instance");
            assertTrue(isUri(withToken), withToken + " is a URI reference");
        }
    }

    @Test
    void aTokenThatLivesTooLongOrIsIssuedInTheFutureIsRefused() {
        String path = String.format(securedWrite(), java.util.UUID.randomUUID());
        for (String token : List.of(Tokens.livingUntil2100(), Tokens.issuedTomorrow())) {
            Tokens.as(token).contentType("application/json").body("{}")
                    .when().post(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthenticated"));
        }
        // the same write with a token of the usual lifetime is authenticated: whatever it answers, it is not a 401
        Tokens.asSecretariat().contentType("application/json").body("{}")
                .when().post(path)
                .then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)).and(not(equalTo(401))));
    }

    @Test
    void aDotSegmentInThePathIsAMalformedRequestWhateverTheToken() {
        for (String id : List.of("..", "%2E%2E", ".", "%2e")) {
            String path = String.format(securedWrite(), id);
            given().urlEncodingEnabled(false).contentType("application/json").body("{}")
                    .when().post(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/malformed-request"))
                    .body("instance", equalTo(path));
            Tokens.asSecretariat().urlEncodingEnabled(false).contentType("application/json").body("{}")
                    .when().post(path)
                    .then().statusCode(400)
                    .body("type", equalTo("/problems/malformed-request"));
        }
    }

    @Test
    void openApiDocumentIsVersion303AndEveryOperationHasAnIdAndASummary() {
        Map<String, Object> paths = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", equalTo("3.0.3"))
                .extract().jsonPath().getMap("paths");
        List<String> incomplete = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        paths.forEach((path, item) -> ((Map<?, ?>) item).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op) {
                if (op.get("operationId") == null || op.get("summary") == null || !operationIds.add((String) op.get("operationId"))) {
                    incomplete.add(method + " " + path);
                }
            }
        }));
        assertEquals(List.of(), incomplete, "operations without a unique operationId or a summary");
    }

    @Test
    void everyErrorResponseInTheDocumentIsAProblem() {
        JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> notProblems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("responses") instanceof Map<?, ?> responses) {
                responses.forEach((status, response) -> {
                    String schema = openapi.getString("paths.'" + path + "'." + method + ".responses.'" + status
                            + "'.content.'application/problem+json'.schema.$ref");
                    if (((String) status).matches("[45]\\d\\d") && !"#/components/schemas/Problem".equals(schema)) {
                        notProblems.add(method + " " + path + " " + status);
                    }
                });
            }
        }));
        assertEquals(List.of(), notProblems, "error responses without the Problem schema");
        assertTrue(openapi.getMap("components.schemas.Problem.properties").containsKey("errors"));
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
