package smartcity.committee.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.agency.AgencyServiceStandIn;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ResolutionFollowUpTest {

    private static final String MEETING_DAY = "2022-06-06";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    /** A committee of its own, with one meeting on 6 June 2022 and one resolution of it. */
    private record Resolved(String committee, String chair, String meeting, String resolution) {
    }

    private static Resolved resolved(String kind, String textTh) {
        String committee = asSecretariat().contentType("application/json")
                .body(Map.of("code", "CM-R-" + Tokens.randomId().substring(0, 8).toUpperCase(),
                        "nameTh", "คณะกรรมการการพัฒนาเมืองอัจฉริยะ", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
        String governor = asSecretariat().contentType("application/json")
                .body(Map.of("honorific", "นาย", "nameTh", "ประจญ ปรัชญ์สกุล", "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"))
                .when().post("/people").then().statusCode(201).extract().path("id");
        String meeting = meeting(committee, governor, MEETING_DAY);
        return new Resolved(committee, governor, meeting, resolve(meeting, kind, textTh));
    }

    private static String meeting(String committee, String chair, String heldOn) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("heldOn", heldOn, "placeTh", "ห้องประชุม 1 ชั้น 2 อาคารอำนวยการ ศาลากลางจังหวัดเชียงใหม่",
                        "chairPersonId", chair))
                .when().post("/committees/" + committee + "/meetings").then().statusCode(201).extract().path("id");
    }

    private static String resolve(String meeting, String kind, String textTh) {
        return asSecretariat().contentType("application/json").body(Map.of("kind", kind, "textTh", textTh))
                .when().post("/meetings/" + meeting + "/resolutions").then().statusCode(201).extract().path("id");
    }

    private static Resolved restructuring() {
        return resolved("RESTRUCTURE", "ให้ปรับโครงสร้างและอำนาจหน้าที่ของคณะกรรมการการพัฒนาเมืองอัจฉริยะของจังหวัดเชียงใหม่");
    }

    private static Map<String, Object> followUp(String status, String doneOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("followUp", status);
        body.put("doneOn", doneOn);
        return body;
    }

    private static ValidatableResponse put(RequestSpecification caller, String resolution, Map<String, Object> body) {
        return caller.contentType("application/json").body(body)
                .when().put("/resolutions/" + resolution + "/follow-up").then();
    }

    private static ValidatableResponse putAsSecretariat(String resolution, Map<String, Object> body) {
        return put(asSecretariat(), resolution, body);
    }

    private static String etag(String resolution) {
        return given().when().get("/resolutions/" + resolution).then().statusCode(200).extract().header("ETag");
    }

    private static List<String> listed(Resolved r, String followUp) {
        return given().queryParam("committeeId", r.committee()).queryParam("followUp", followUp)
                .when().get("/resolutions")
                .then().statusCode(200).extract().path("items.id");
    }

    /** The resolution is still open, as the test made it: nothing of a follow-up recorded. */
    private static void stillUntouched(Resolved r) {
        given().when().get("/resolutions/" + r.resolution())
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("followUp", equalTo("OPEN"))
                .body("doneOn", nullValue())
                .body("responsibleAgencyId", nullValue())
                .body("version", equalTo(0));
        assertEquals(List.of(r.resolution()), listed(r, "OPEN"));
    }

    @Test
    void aNewResolutionIsOpenAndListedAsOpen() {
        Resolved r = restructuring();

        given().when().get("/resolutions/" + r.resolution())
                .then().statusCode(200)
                .body("followUp", equalTo("OPEN"))
                .body("doneOn", nullValue())
                .body("dueOn", nullValue())
                .body("responsibleAgencyId", nullValue());
        given().when().get("/meetings/" + r.meeting())
                .then().statusCode(200)
                .body("resolutions[0].followUp", equalTo("OPEN"));
        given().queryParam("committeeId", r.committee()).queryParam("followUp", "OPEN")
                .when().get("/resolutions")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(r.resolution())))
                .body("items[0].followUp", equalTo("OPEN"))
                .body("totalItems", equalTo(1))
                .body("page", equalTo(0))
                .body("totalPages", equalTo(1));
    }

    @Test
    void markingDoneWithoutDoneOnIsRefusedAndChangesNothing() {
        Resolved r = restructuring();

        putAsSecretariat(r.resolution(), followUp("DONE", null))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("doneOn")))
                .body("errors[0].message", containsString("DONE"));

        stillUntouched(r);
    }

    @Test
    void doneOnBeforeTheMeetingIsRefused() {
        Resolved r = restructuring();

        putAsSecretariat(r.resolution(), followUp("DONE", "2022-06-05"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("doneOn")))
                .body("errors[0].message", containsString(MEETING_DAY));

        stillUntouched(r);
    }

    @Test
    void doneOnWithAStatusOtherThanDoneIsRefused() {
        Resolved r = restructuring();

        putAsSecretariat(r.resolution(), followUp("IN_PROGRESS", "2022-07-01"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("doneOn")));

        stillUntouched(r);
    }

    @Test
    void doneWithDoneOnIsListedAsDoneAndNoLongerAsOpen() {
        Resolved r = restructuring();
        Map<String, Object> body = followUp("DONE", "2022-07-01");
        body.put("noteTh", "ปรับโครงสร้างคณะกรรมการแล้ว มีผลตั้งแต่วันที่ 1 กรกฎาคม 2565");
        body.put("noteEn", "Restructured with effect from 1 July 2022");

        putAsSecretariat(r.resolution(), body)
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(r.resolution()))
                .body("followUp", equalTo("DONE"))
                .body("doneOn", equalTo("2022-07-01"))
                .body("noteTh", equalTo("ปรับโครงสร้างคณะกรรมการแล้ว มีผลตั้งแต่วันที่ 1 กรกฎาคม 2565"))
                .body("noteEn", equalTo("Restructured with effect from 1 July 2022"))
                .body("version", equalTo(1));

        assertEquals(List.of(r.resolution()), listed(r, "DONE"));
        assertEquals(List.of(), listed(r, "OPEN"));
        given().when().get("/meetings/" + r.meeting())
                .then().body("resolutions[0].followUp", equalTo("DONE"))
                .body("resolutions[0].doneOn", equalTo("2022-07-01"));
    }

    @Test
    void leavingDoneClearsTheDayItWasDone() {
        Resolved r = restructuring();
        putAsSecretariat(r.resolution(), followUp("DONE", MEETING_DAY)).statusCode(200).body("doneOn", equalTo(MEETING_DAY));

        putAsSecretariat(r.resolution(), followUp("IN_PROGRESS", null))
                .statusCode(200)
                .body("followUp", equalTo("IN_PROGRESS"))
                .body("doneOn", nullValue());

        assertEquals(List.of(r.resolution()), listed(r, "IN_PROGRESS"));
        assertEquals(List.of(), listed(r, "DONE"));
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedAndTheNewerFollowUpStays() {
        Resolved r = restructuring();
        String read = etag(r.resolution());
        asSecretariat().header("If-Match", read).contentType("application/json").body(followUp("IN_PROGRESS", null))
                .when().put("/resolutions/" + r.resolution() + "/follow-up")
                .then().statusCode(200).body("followUp", equalTo("IN_PROGRESS"));

        asSecretariat().header("If-Match", read).contentType("application/json").body(followUp("DROPPED", null))
                .when().put("/resolutions/" + r.resolution() + "/follow-up")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"))
                .body("detail", containsString("version 1"));

        given().when().get("/resolutions/" + r.resolution())
                .then().header("ETag", equalTo("\"1\"")).body("followUp", equalTo("IN_PROGRESS"));
    }

    @Test
    void anAgencyEditorIsForbiddenAndAnAnonymousCallerUnauthenticated() {
        Resolved r = restructuring();
        String agency = Tokens.randomId();
        AgencyServiceStandIn.knows(agency, "CM-" + agency.substring(0, 6).toUpperCase(), "สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        Map<String, Object> body = followUp("DONE", MEETING_DAY);
        body.put("responsibleAgencyId", agency);

        put(as(Tokens.agencyEditor(agency)), r.resolution(), body)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        put(given(), r.resolution(), body)
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"))
                .header("WWW-Authenticate", containsString("Bearer"));

        stillUntouched(r);
    }

    @Test
    void anUnknownResponsibleAgencyIsAValidationProblem() {
        Resolved r = restructuring();
        Map<String, Object> body = followUp("IN_PROGRESS", null);
        body.put("responsibleAgencyId", Tokens.randomId());

        putAsSecretariat(r.resolution(), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("responsibleAgencyId")));

        stillUntouched(r);
    }

    @Test
    void aKnownResponsibleAgencyIsShownWithItsName() {
        Resolved r = resolved("FRAMEWORK_CHANGE", "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน");
        String commerce = Tokens.randomId();
        AgencyServiceStandIn.knows(commerce, "CM-" + commerce.substring(0, 6).toUpperCase(), "สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        Map<String, Object> body = followUp("IN_PROGRESS", null);
        body.put("responsibleAgencyId", commerce);
        body.put("dueOn", "2022-09-30");

        putAsSecretariat(r.resolution(), body)
                .statusCode(200)
                .body("responsibleAgencyId", equalTo(commerce))
                .body("responsibleAgencyNameTh", equalTo("สำนักงานพาณิชย์จังหวัดเชียงใหม่"))
                .body("dueOn", equalTo("2022-09-30"));
        given().queryParam("committeeId", r.committee()).queryParam("followUp", "IN_PROGRESS")
                .when().get("/resolutions")
                .then().statusCode(200)
                .body("items[0].responsibleAgencyNameTh", equalTo("สำนักงานพาณิชย์จังหวัดเชียงใหม่"));
    }

    @Test
    void badInputIsReportedFieldByField() {
        Resolved r = restructuring();
        Map<String, Object> body = followUp(null, null);
        body.put("noteTh", "ก".repeat(2001));

        putAsSecretariat(r.resolution(), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("followUp"))
                .body("errors.field", hasItem("noteTh"));
        putAsSecretariat(r.resolution(), Map.of("followUp", "FINISHED"))
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("followUp", "FINISHED").when().get("/resolutions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("followUp"));

        stillUntouched(r);
    }

    @Test
    void anUnknownResolutionIsNotFound() {
        putAsSecretariat(Tokens.randomId(), followUp("DONE", MEETING_DAY))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void theFollowUpIsDocumentedWithItsProblemsAndAThaiExample() {
        String put = "paths.'/resolutions/{id}/follow-up'.put";
        ValidatableResponse openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(put + ".summary", equalTo("Record a resolution's follow-up"))
                .body(put + ".tags", hasItem("Meetings"))
                .body(put + ".requestBody.content.'application/json'.examples.done.value.noteTh", containsString("ปรับโครงสร้าง"))
                .body(put + ".parameters.name", hasItem("If-Match"))
                .body("paths.'/resolutions'.get.parameters.name", hasItem("followUp"))
                .body("components.schemas.Resolution.properties", hasKey("followUp"))
                .body("components.schemas.ResolutionFollowUp.properties", not(hasKey("version")));
        for (String status : List.of("400", "401", "403", "404", "412")) {
            openApi.body(put + ".responses.'" + status + "'.content.'application/problem+json'.schema.'$ref'",
                    containsString("Problem"));
        }
        openApi.body(put + ".responses.'200'.headers", hasKey("ETag"));
    }

    @Test
    void listsAreNewestMeetingFirstThenByNumberAndPaged() {
        Resolved r = restructuring();
        String second = resolve(r.meeting(), "ASSIGNMENT", "มอบหมายงานให้แต่ละหน่วยงานที่รับผิดชอบโดยตรงในการพัฒนาแต่ละด้าน");
        String later = resolve(meeting(r.committee(), r.chair(), "2022-09-01"), "OTHER", "รับทราบความคืบหน้า");

        given().queryParam("committeeId", r.committee()).when().get("/resolutions")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(later, r.resolution(), second)))
                .body("totalItems", equalTo(3));
        given().queryParam("committeeId", r.committee()).queryParam("size", 2).queryParam("page", 1)
                .when().get("/resolutions")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(second)))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        given().queryParam("committeeId", Tokens.randomId()).when().get("/resolutions")
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        given().queryParam("size", 201).when().get("/resolutions").then().statusCode(400);
    }
}
