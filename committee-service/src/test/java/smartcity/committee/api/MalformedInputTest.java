package smartcity.committee.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Input that cannot be read is a 400 (or 413) problem that says where and what in the API's words, and changes
 * nothing: never a 500, never Jackson's text with Java class names, never the JSON that came before the garbage.
 */
@QuarkusTest
class MalformedInputTest {

    private static String newCode() {
        return "MALFORMED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void garbageAfterTheJsonIsAMalformedRequestAndCreatesNothing() {
        String code = newCode();
        asSecretariat().contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"nameTh\": \"ด้านทดสอบ\", \"nameEn\": \"Test\"} }x")
                .when().post("/dimensions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        given().queryParam("size", 200).when().get("/dimensions").then().statusCode(200)
                .body("items.code", not(org.hamcrest.Matchers.hasItem(code)));
    }

    @Test
    void aDateTheDatabaseCannotStoreIsRefusedNamingTheField() {
        String dimension = asSecretariat().contentType(ContentType.JSON)
                .body("{\"code\": \"" + newCode() + "\", \"nameTh\": \"ด้านทดสอบ\", \"nameEn\": \"Test\"}")
                .when().post("/dimensions").then().statusCode(201).extract().path("id");
        asSecretariat().contentType(ContentType.JSON)
                .body("{\"dimensionId\": \"" + dimension + "\", \"agencyId\": \"" + UUID.randomUUID()
                        + "\", \"role\": \"LEAD\", \"startDate\": \"+10000-01-01\"}")
                .when().post("/assignments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The value at 'startDate' is not an ISO-8601 date from 0001-01-01 to 9999-12-31, "
                        + "e.g. 2022-06-06"));
    }

    @Test
    void aValueOfTheWrongFormatIsNamedWithoutJavaClassNames() {
        asSecretariat().contentType(ContentType.JSON)
                .body("{\"code\": \"" + newCode() + "\", \"nameTh\": \"ด้านทดสอบ\", \"nameEn\": \"Test\", \"displayOrder\": \"abc\"}")
                .when().post("/dimensions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The value at 'displayOrder' is not a whole number in range"))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsRefused() {
        given().queryParam("active", "maybe").when().get("/dimensions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("active"))
                .body("errors[0].message", equalTo("must be true or false"));
        given().queryParam("active", "TRUE").when().get("/dimensions").then().statusCode(200);
    }

    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        asSecretariat().contentType(ContentType.JSON).body("{\"nameTh\": \"" + "ก".repeat(2_000_000) + "\"}")
                .when().post("/people")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("status", equalTo(413));
    }
}
