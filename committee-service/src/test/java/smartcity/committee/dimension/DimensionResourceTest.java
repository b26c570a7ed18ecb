package smartcity.committee.dimension;

import static smartcity.committee.Tokens.asSecretariat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DimensionResourceTest {

    private static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Test
    void frameworkStartsWithTheSevenDimensionsOfTheSurveyInOrder() {
        asSecretariat().queryParam("size", 7)
                .when().get("/dimensions")
                .then().statusCode(200)
                .body("items", hasSize(7))
                .body("items.code", equalTo(List.of("SMART_LIVING", "SMART_PEOPLE", "SMART_ENERGY", "SMART_MOBILITY",
                        "SMART_ECONOMY", "SMART_ENVIRONMENT", "SMART_GOVERNANCE")))
                .body("items[0].nameTh", equalTo("ด้านชุมชนอัจฉริยะ"))
                .body("items[6].nameTh", equalTo("ด้านบริหารงานภาครัฐอัจฉริยะ"))
                .body("items[6].nameEn", equalTo("Smart Governance"))
                .body("items.active", hasItems(true))
                .body("totalItems", greaterThanOrEqualTo(7));
    }

    @Test
    void newDimensionIsCreatedAfterTheLastOneAndCanBeReadBack() {
        String code = uniqueCode("TRADE");
        String location = asSecretariat().contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameTh", "ด้านการค้าและการลงทุนอัจฉริยะ 🏪", "nameEn", "Smart Trade and Investment"))
                .when().post("/dimensions")
                .then().statusCode(201)
                .header("Location", containsString("/dimensions/"))
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("code", equalTo(code))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("displayOrder", greaterThanOrEqualTo(8))
                .extract().header("Location");

        asSecretariat().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("nameTh", equalTo("ด้านการค้าและการลงทุนอัจฉริยะ 🏪"))
                .body("createdAt", notNullValue());
    }

    @Test
    void aRetiredDimensionLeavesTheCurrentFrameworkButStaysOnRecord() {
        String code = uniqueCode("OLD");
        String id = asSecretariat().contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameTh", "ด้านที่จะเลิก", "nameEn", "To retire"))
                .when().post("/dimensions").then().statusCode(201).extract().path("id");
        asSecretariat().contentType(ContentType.JSON).body("{}")
                .when().post("/dimensions/" + id + "/retirement")
                .then().statusCode(200).body("active", equalTo(false));
        asSecretariat().contentType(ContentType.JSON).body("{}")
                .when().post("/dimensions/" + id + "/retirement")
                .then().statusCode(409).body("detail", equalTo("The dimension " + code + " is already retired"));
        asSecretariat().queryParam("active", true).queryParam("size", 200).when().get("/dimensions")
                .then().body("items.findAll { it.code == '" + code + "' }", hasSize(0));
        asSecretariat().when().get("/dimensions/" + id).then().statusCode(200).body("code", equalTo(code));
        asSecretariat().queryParam("asOf", "2022-06-06").when().get("/responsibility-matrix")
                .then().body("dimensions.findAll { it.code == '" + code + "' }", hasSize(0));
    }

    @Test
    void duplicateCodeIsAConflictAndCreatesNothing() {
        String code = uniqueCode("DUP");
        Map<String, Object> body = Map.of("code", code, "nameTh", "ด้านทดสอบ", "nameEn", "Test dimension");
        asSecretariat().contentType(ContentType.JSON).body(body).when().post("/dimensions").then().statusCode(201);

        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/dimensions")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("A dimension with the code '" + code + "' already exists"));

        asSecretariat().queryParam("size", 200).when().get("/dimensions")
                .then().body("items.findAll { it.code == '" + code + "' }", hasSize(1));
    }

    @Test
    void blankNamesAndBadCodeAreReportedTogether() {
        asSecretariat().contentType(ContentType.JSON)
                .body(Map.of("code", "lower case", "nameTh", " ", "nameEn", ""))
                .when().post("/dimensions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("detail", equalTo("3 fields are not valid"))
                .body("errors.field", hasItems("code", "nameTh", "nameEn"))
                .body("errors.find { it.field == 'nameTh' }.message", equalTo("must not be blank"));
    }

    @Test
    void malformedJsonIsAMalformedRequestProblem() {
        asSecretariat().contentType(ContentType.JSON).body("{\"code\": \"BROKEN\", \"nameTh\": ")
                .when().post("/dimensions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
    }

    @Test
    void wrongTypeForAFieldIsABadRequest() {
        asSecretariat().contentType(ContentType.JSON)
                .body("{\"code\": \"WRONG_TYPE\", \"nameTh\": \"ทดสอบ\", \"nameEn\": \"Test\", \"displayOrder\": \"first\"}")
                .when().post("/dimensions")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingBodyIsAValidationProblem() {
        asSecretariat().contentType(ContentType.JSON)
                .when().post("/dimensions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"));
    }

    @Test
    void nonJsonBodyIsAnUnsupportedMediaTypeProblem() {
        asSecretariat().contentType(ContentType.TEXT).body("SMART_X")
                .when().post("/dimensions")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void unknownDimensionIsANotFoundProblem() {
        UUID id = UUID.randomUUID();
        asSecretariat().when().get("/dimensions/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No dimension has the id " + id))
                .body("instance", endsWith("/dimensions/" + id));
    }

    @Test
    void malformedIdIsNotFoundRatherThanAServerError() {
        asSecretariat().when().get("/dimensions/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
