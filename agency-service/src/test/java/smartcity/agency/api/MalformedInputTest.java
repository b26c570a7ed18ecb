package smartcity.agency.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static smartcity.agency.AgencyFixtures.provincialOffice;
import static smartcity.agency.AgencyFixtures.registerOffice;
import static smartcity.agency.AgencyFixtures.uniqueCode;
import static smartcity.agency.Tokens.asSecretariat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Input that cannot be read is a 400 (or 413) problem that says where and what in the API's words, and changes
 * nothing: never a 500, never Jackson's text with Java class names, never the JSON that came before the garbage.
 */
@QuarkusTest
class MalformedInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void garbageAfterTheJsonIsAMalformedRequestAndCreatesNothing() throws Exception {
        String code = uniqueCode("CM-TRAIL");
        String body = JSON.writeValueAsString(provincialOffice(code, "สำนักงานทดสอบ")) + " }x";
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        asSecretariat().queryParam("q", code).when().get("/agencies").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aValueOfTheWrongFormatIsNamedWithoutJavaClassNames() {
        Map<String, Object> body = provincialOffice(uniqueCode("CM-FMT"), "สำนักงานทดสอบ");
        body.put("type", "NOT_A_TYPE");
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", containsString("The value at 'type' is not one of "))
                .body("detail", containsString("PROVINCIAL_GOVERNMENT"))
                .body("detail", not(containsString("smartcity.")))
                .body("field", equalTo(null));

        body.put("type", "PROVINCIAL_GOVERNMENT");
        body.put("parentId", "../../etc/passwd");
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .body("detail", equalTo("The value at 'parentId' is not a UUID, e.g. 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    }

    @Test
    void aDateTheDatabaseCannotStoreIsRefusedNamingTheField() {
        String id = registerOffice("CM-Y10K");
        asSecretariat().contentType(ContentType.JSON).body(Map.of("effectiveDate", "+10000-01-01"))
                .when().post("/agencies/{id}/dissolution", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The value at 'effectiveDate' is not an ISO-8601 date from 0001-01-01 to 9999-12-31, "
                        + "e.g. 2022-06-06"));
        asSecretariat().when().get("/agencies/{id}", id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aMergePatchThatIsNotAnObjectIsMalformed() {
        String id = registerOffice("CM-NULLPATCH");
        for (String patch : new String[] {"null", "[]", "42"}) {
            asSecretariat().contentType("application/merge-patch+json").body(patch)
                    .when().patch("/agencies/{id}", id)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/malformed-request"));
        }
        asSecretariat().when().get("/agencies/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        String big = "{\"nameTh\": \"" + "ก".repeat(2_000_000) + "\"}";
        asSecretariat().contentType(ContentType.JSON).body(big)
                .when().post("/agencies")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("status", equalTo(413))
                .body("title", equalTo("Content too large"));
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsRefusedAndImportsNothing() {
        String code = uniqueCode("CM-FLAG");
        String csv = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n"
                + code + ",สำนักงานทดสอบ,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n";
        asSecretariat().contentType("text/csv").body(csv).queryParam("dryRun", "yes")
                .when().post("/agencies/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"))
                .body("errors[0].message", equalTo("must be true or false"));
        asSecretariat().queryParam("q", code).when().get("/agencies").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
