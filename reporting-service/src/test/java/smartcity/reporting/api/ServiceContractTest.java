package smartcity.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every service of the suite promises regardless of feature: health, documentation, problem details. */
@QuarkusTest
class ServiceContractTest {

    private static final String LIST = "/survey-rounds";

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void openApiDocumentDescribesTheDistrictsAndTheProblemShape() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Chiang Mai Smart City: surveys and reports"))
                .body("info.contact.email", equalTo("smartcity@chiangmai.go.th"))
                .body("paths", org.hamcrest.Matchers.hasKey("/survey-rounds"))
                .body("components.schemas.Problem.properties", org.hamcrest.Matchers.hasKey("errors"));
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        io.restassured.path.json.JsonPath openapi = given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = openapi.getMap("paths");
        paths.values().forEach(operations -> operations.forEach((method, operation) -> {
            if (operation.get("operationId") != null) {
                ids.add((String) operation.get("operationId"));
            }
        }));
        org.junit.jupiter.api.Assertions.assertEquals(new java.util.TreeSet<>(ids).size(), ids.size(),
                "operationIds repeat: " + ids);
    }

    @Test
    void everyReportIsDocumentedWithAJsonExampleAndACsvVariant() {
        io.restassured.path.json.JsonPath openapi = given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        java.util.List<String> reports = java.util.List.of("/survey-rounds/{id}/reports/participation",
                "/survey-rounds/{id}/reports/dimensions", "/reports/committee", "/reports/agencies/{agencyId}/scorecard",
                "/reports/trend");
        for (String path : reports) {
            String ok = "paths.'" + path + "'.get.responses.'200'.content";
            org.junit.jupiter.api.Assertions.assertNotNull(openapi.get(ok + ".'application/json'.examples"),
                    path + " has a JSON example");
            org.junit.jupiter.api.Assertions.assertNotNull(openapi.get(ok + ".'text/csv'"), path + " has a CSV variant");
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
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
                .when().delete("/survey-rounds")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void unservableAcceptHeaderIsANotAcceptableProblem() {
        given().accept("application/xml")
                .when().get("/survey-rounds")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void aPageNumberThatIsNotANumberIsABadRequest() {
        given().queryParam("page", "abc").when().get(LIST)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not a whole number"));
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
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
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
}
