package smartcity.committee.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static smartcity.committee.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import smartcity.committee.Tokens;

/** Who may do what on committee-service: each write endpoint against every kind of caller. */
@QuarkusTest
class CommitteeSecurityTest {

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("no token", 401),
                Arguments.of("expired", 401),
                Arguments.of("wrong issuer", 401),
                Arguments.of("wrong audience", 401),
                Arguments.of("forged signature", 401),
                Arguments.of("portal", 403),
                Arguments.of("agency editor", 403),
                Arguments.of("secretariat", 201),
                Arguments.of("admin", 201));
    }

    private static RequestSpecification request(String caller) {
        return switch (caller) {
            case "no token" -> given();
            case "expired" -> as(Tokens.expired());
            case "wrong issuer" -> as(Tokens.wrongIssuer());
            case "wrong audience" -> as(Tokens.wrongAudience());
            case "forged signature" -> as(Tokens.forged());
            case "portal" -> as(Tokens.portal());
            case "agency editor" -> as(Tokens.agencyEditor(Tokens.randomId()));
            case "secretariat" -> as(Tokens.secretariat());
            case "admin" -> as(Tokens.admin());
            default -> throw new IllegalArgumentException(caller);
        };
    }

    @ParameterizedTest(name = "POST /dimensions by {0} is {1}")
    @MethodSource("callers")
    void writeAnswersEachCallerAsTheRolesSay(String caller, int expected) {
        String code = "SEC_" + Tokens.randomId().substring(0, 8).toUpperCase();
        request(caller).contentType("application/json").body(java.util.Map.of("code", code, "nameTh", "ด้านทดสอบสิทธิ์", "nameEn", "Access test"))
                .when().post("/dimensions")
                .then().statusCode(expected);
        if (expected == 401) {
            given().contentType("application/json").body(java.util.Map.of("code", code, "nameTh", "ด้านทดสอบสิทธิ์", "nameEn", "Access test")).when().post("/dimensions")
                    .then().contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthenticated"))
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        if (expected == 403) {
            as(Tokens.portal()).contentType("application/json").body(java.util.Map.of("code", code, "nameTh", "ด้านทดสอบสิทธิ์", "nameEn", "Access test")).when().post("/dimensions")
                    .then().contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        }
        given().queryParam("size", 200).when().get("/dimensions")
                .then().statusCode(200)
                .body("items.findAll { it.code == '" + code + "' }.size()", equalTo(expected == 201 ? 1 : 0));
    }

    @Test
    void writesRecordWhoMadeThem() {
        String code = "WHO_" + Tokens.randomId().substring(0, 8).toUpperCase();
        as(Tokens.admin()).contentType("application/json").body(java.util.Map.of("code", code, "nameTh", "ด้านทดสอบสิทธิ์", "nameEn", "Access test"))
                .when().post("/dimensions")
                .then().statusCode(201)
                .body("createdBy", equalTo("operator@chiangmai.go.th"))
                .body("updatedBy", equalTo("operator@chiangmai.go.th"));
    }

    @Test
    void openApiDeclaresTheBearerSchemeOnTheWrite() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/dimensions'.post.security[0]", org.hamcrest.Matchers.hasKey("bearer"))
                .body("paths.'/dimensions'.get.security", equalTo(null));
    }
}
