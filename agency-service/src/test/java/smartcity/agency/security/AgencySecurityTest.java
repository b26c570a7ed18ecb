package smartcity.agency.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static smartcity.agency.AgencyFixtures.provincialOffice;
import static smartcity.agency.AgencyFixtures.register;
import static smartcity.agency.AgencyFixtures.registerOffice;
import static smartcity.agency.AgencyFixtures.uniqueCode;
import static smartcity.agency.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import smartcity.agency.Tokens;

/** Who may do what on agency-service: every write endpoint against every kind of caller. */
@QuarkusTest
class AgencySecurityTest {

    /** One write endpoint: how to call it on a fresh agency, and what it answers when allowed. */
    record Write(String name, Method method, Function<String, String> path, String contentType,
            Function<String, Object> body, int allowed) {

        int call(RequestSpecification request, String agencyId) {
            return request.contentType(contentType).body(body.apply(agencyId))
                    .when().request(method, path.apply(agencyId))
                    .then().extract().statusCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Write> writes() {
        return List.of(
                new Write("register", Method.POST, id -> "/agencies", "application/json",
                        id -> provincialOffice(uniqueCode("CM-SEC"), "สำนักงานใหม่"), 201),
                new Write("replace", Method.PUT, id -> "/agencies/" + id, "application/json",
                        id -> provincialOffice(uniqueCode("CM-SEC"), "ชื่อใหม่ทั้งหมด"), 200),
                new Write("patch", Method.PATCH, id -> "/agencies/" + id, "application/merge-patch+json; charset=UTF-8",
                        id -> Map.of("nameTh", "ชื่อที่แก้"), 200),
                new Write("dissolve", Method.POST, id -> "/agencies/" + id + "/dissolution", "application/json",
                        id -> Map.of("effectiveDate", "2022-10-01"), 200),
                new Write("merge", Method.POST, id -> "/agencies/" + id + "/merger", "application/json",
                        id -> Map.of("intoAgencyId", registerOffice("CM-ABSORB"), "effectiveDate", "2022-10-01"), 200),
                new Write("import", Method.POST, id -> "/agencies/import", "text/csv; charset=UTF-8",
                        id -> "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n"
                                + uniqueCode("CM-SEC") + ",สำนักงานนำเข้า,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n", 200));
    }

    static Stream<Arguments> writesByCaller() {
        return writes().stream().flatMap(write -> Stream.of(
                Arguments.of(write, "no token", 401),
                Arguments.of(write, "expired", 401),
                Arguments.of(write, "wrong issuer", 401),
                Arguments.of(write, "wrong audience", 401),
                Arguments.of(write, "forged signature", 401),
                Arguments.of(write, "portal", 403),
                Arguments.of(write, "editor of another agency", 403),
                Arguments.of(write, "secretariat", write.allowed()),
                Arguments.of(write, "admin", write.allowed())));
    }

    private static RequestSpecification request(String caller, String agencyId) {
        return switch (caller) {
            case "no token" -> given();
            case "expired" -> as(Tokens.expired());
            case "wrong issuer" -> as(Tokens.wrongIssuer());
            case "wrong audience" -> as(Tokens.wrongAudience());
            case "forged signature" -> as(Tokens.forged());
            case "portal" -> as(Tokens.portal());
            case "editor of another agency" -> as(Tokens.agencyEditor(registerOffice("CM-OTHER")));
            case "secretariat" -> as(Tokens.secretariat());
            case "admin" -> as(Tokens.admin());
            default -> throw new IllegalArgumentException(caller);
        };
    }

    @ParameterizedTest(name = "{0} by {1} is {2}")
    @MethodSource("writesByCaller")
    void eachWriteAnswersEachCallerAsTheRolesSay(Write write, String caller, int expected) {
        String agencyId = registerOffice("CM-TARGET");
        int status = write.call(request(caller, agencyId), agencyId);
        org.junit.jupiter.api.Assertions.assertEquals(expected, status, write + " by " + caller);
        if (expected >= 400 && !write.name().equals("register") && !write.name().equals("import")) {
            // a refused write changed nothing
            given().when().get("/agencies/" + agencyId).then().body("version", equalTo(0)).body("status", equalTo("ACTIVE"));
        }
    }

    @Test
    void refusalsAreProblemsThatTellUnauthenticatedFromForbidden() {
        String agencyId = registerOffice("CM-PROB");
        given().contentType("application/json").body(Map.of("effectiveDate", "2022-10-01"))
                .when().post("/agencies/" + agencyId + "/dissolution")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"))
                .header("WWW-Authenticate", containsString("Bearer"));
        as(Tokens.portal()).contentType("application/json").body(Map.of("effectiveDate", "2022-10-01"))
                .when().post("/agencies/" + agencyId + "/dissolution")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void agencyEditorMayPatchOnlyItsOwnAgencysContactData() {
        String own = registerOffice("CM-OWN");
        String editor = Tokens.agencyEditor(own);
        as(editor).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("phone", "053 222 333", "email", "info@own.example", "website", "https://own.example"))
                .when().patch("/agencies/" + own)
                .then().statusCode(200)
                .body("phone", equalTo("053 222 333"))
                .body("updatedBy", equalTo("editor-" + own + "@agency.example"));

        as(editor).contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("nameTh", "ชื่อใหม่"))
                .when().patch("/agencies/" + own)
                .then().statusCode(403)
                .contentType("application/problem+json");
        as(editor).contentType("application/json").body(provincialOffice(uniqueCode("CM-OWN"), "แทนทั้งหมด"))
                .when().put("/agencies/" + own)
                .then().statusCode(403);
        given().when().get("/agencies/" + own).then().body("nameTh", not(equalTo("ชื่อใหม่"))).body("version", equalTo(1));
    }

    @Test
    void agencyEditorCannotTouchAnotherAgencyNorLearnWhetherItExists() {
        String own = registerOffice("CM-MINE");
        String other = registerOffice("CM-THEIRS");
        String editor = Tokens.agencyEditor(own);
        as(editor).contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("phone", "053 999 999"))
                .when().patch("/agencies/" + other)
                .then().statusCode(403);
        as(editor).contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("phone", "053 999 999"))
                .when().patch("/agencies/" + Tokens.randomId())
                .then().statusCode(403);
        given().when().get("/agencies/" + other).then().body("phone", equalTo(null)).body("version", equalTo(0));
    }

    @Test
    void everyWriteRecordsWhoMadeIt() {
        String code = uniqueCode("CM-WHO");
        String id = as(Tokens.secretariat()).contentType("application/json").body(provincialOffice(code, "สำนักงาน"))
                .when().post("/agencies").then().statusCode(201)
                .body("createdBy", equalTo("secretariat@chiangmai.go.th"))
                .extract().path("id");
        as(Tokens.admin()).contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("nameEn", "Renamed"))
                .when().patch("/agencies/" + id).then().statusCode(200);
        String created = given().when().get("/agencies/" + id + "/history")
                .then().body("items.actor", equalTo(List.of("secretariat@chiangmai.go.th", "operator@chiangmai.go.th")))
                .extract().path("items[0].cursor");
        // the feed from this agency's creation on, not from its start: other tests write thousands of events
        given().queryParam("after", created).queryParam("limit", 1000).when().get("/agencies/changes")
                .then().body("items.actor", hasItem("operator@chiangmai.go.th"));
    }

    @Test
    void publicReadsNeedNoToken() {
        String id = registerOffice("CM-PUBLIC");
        given().when().get("/agencies/" + id).then().statusCode(200);
        given().when().get("/agencies").then().statusCode(200);
        given().when().get("/agencies/" + id + "/history").then().statusCode(200);
        given().when().get("/agencies/changes").then().statusCode(200);
        given().when().get("/districts").then().statusCode(200);
        given().when().get("/agency-types").then().statusCode(200);
    }

    @Test
    void openApiDeclaresTheBearerSchemeAndWhichOperationsNeedIt() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/agencies'.post.security[0]", org.hamcrest.Matchers.hasKey("bearer"))
                .body("paths.'/agencies/{id}'.get.security", equalTo(null));
    }

    @Test
    void corsAllowsTheConfiguredPortalOrigin() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .when().options("/agencies")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/agencies")
                .then().header("Access-Control-Allow-Origin", equalTo(null));
    }

    @Test
    void oversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/agencies/import"))
                .expectContinue(true)
                .header("Authorization", "Bearer " + Tokens.secretariat())
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(huge))
                .build();
        int status = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        org.junit.jupiter.api.Assertions.assertEquals(413, status);
    }
}
