package smartcity.agency.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The suite's service contract ({@link ServiceContract}), and what this service's own document must describe. */
@QuarkusTest
class ServiceContractTest extends ServiceContract {

    @Override
    protected String list() {
        return "/districts";
    }

    @Override
    protected String securedWrite() {
        return "/agencies/%s/dissolution";
    }

    @Test
    void openApiDocumentDescribesTheDistrictsAndTheProblemShape() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Chiang Mai Smart City: agency registry"))
                .body("info.contact.email", equalTo("smartcity@chiangmai.go.th"))
                .body("paths", org.hamcrest.Matchers.hasKey("/districts"))
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/agencies", "/agencies/{id}", "/agencies/changes",
                        "/agencies/import", "/agencies/{id}/history", "/agencies/{id}/dissolution", "/agencies/{id}/merger",
                        "/agencies/{id}/children", "/agencies/{id}/ancestors", "/agency-types", "/local-administration-kinds"))
                .body("paths.'/agencies'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("text/csv"))
                .body("paths.'/agencies/{id}'.patch.requestBody.content", org.hamcrest.Matchers.hasKey("application/merge-patch+json"))
                .body("paths.'/agencies/{id}'.put.responses", org.hamcrest.Matchers.hasKey("412"))
                .body("components.schemas.Problem.properties", org.hamcrest.Matchers.hasKey("errors"));
    }
}
