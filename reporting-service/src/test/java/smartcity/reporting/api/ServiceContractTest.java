package smartcity.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's service contract ({@link ServiceContract}), and what this service's own document must describe. */
@QuarkusTest
class ServiceContractTest extends ServiceContract {

    @Override
    protected String list() {
        return "/survey-rounds";
    }

    @Override
    protected String securedWrite() {
        return "/survey-rounds/%s/opening";
    }

    @Test
    void theHtmlPagesForbidScriptsFramingAndForeignSourcesAndSwaggerUiKeepsItsScripts() {
        for (String page : List.of("/dashboard", "/developers")) {
            given().when().get(page)
                    .then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("default-src 'none'"),
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("script-src"))))
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff");
        }
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue());
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
}
