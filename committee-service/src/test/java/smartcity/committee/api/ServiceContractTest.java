package smartcity.committee.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The suite's service contract ({@link ServiceContract}), and what this service's own document must describe. */
@QuarkusTest
class ServiceContractTest extends ServiceContract {

    @Override
    protected String list() {
        return "/dimensions";
    }

    @Override
    protected String securedWrite() {
        return "/committees/%s/meetings";
    }

    @Test
    void openApiDocumentDescribesTheDistrictsAndTheProblemShape() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Chiang Mai Smart City: committee and framework"))
                .body("info.contact.email", equalTo("smartcity@chiangmai.go.th"))
                .body("paths", org.hamcrest.Matchers.hasKey("/dimensions"))
                .body("components.schemas.Problem.properties", org.hamcrest.Matchers.hasKey("errors"));
    }
}
