package smartcity.reporting.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static smartcity.reporting.Tokens.asSecretariat;

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

    private static String round(String code, String periodEnd) {
        return "{\"code\": \"" + code + "\", \"titleTh\": \"รอบทดสอบ\", \"periodStart\": \"2021-10-01\", \"periodEnd\": \""
                + periodEnd + "\", \"opensOn\": \"2022-04-01\", \"closesOn\": \"2022-05-31\"}";
    }

    private static String newCode() {
        return "MALFORMED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void garbageAfterTheJsonIsAMalformedRequestAndCreatesNothing() {
        String code = newCode();
        asSecretariat().contentType(ContentType.JSON).body(round(code, "2022-09-30") + " }x")
                .when().post("/survey-rounds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        asSecretariat().queryParam("size", 200).when().get("/survey-rounds").then().statusCode(200)
                .body("items.code", not(org.hamcrest.Matchers.hasItem(code)));
    }

    @Test
    void anImpossibleOrUnstorableDateIsNamedWithoutJavaClassNames() {
        for (String date : new String[] {"2022-02-30", "+10000-09-30"}) {
            asSecretariat().contentType(ContentType.JSON).body(round(newCode(), date))
                    .when().post("/survey-rounds")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("The value at 'periodEnd' is not an ISO-8601 date from 0001-01-01 to "
                            + "9999-12-31, e.g. 2022-06-06"))
                    .body("detail", not(containsString("java.")));
        }
    }

    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        asSecretariat().contentType(ContentType.JSON).body("{\"titleTh\": \"" + "ก".repeat(2_000_000) + "\"}")
                .when().post("/survey-rounds")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("status", equalTo(413));
    }
}
