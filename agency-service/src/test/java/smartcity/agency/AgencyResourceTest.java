package smartcity.agency;

import static smartcity.agency.Tokens.asSecretariat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static smartcity.agency.AgencyFixtures.provincialOffice;
import static smartcity.agency.AgencyFixtures.register;
import static smartcity.agency.AgencyFixtures.registerOffice;
import static smartcity.agency.AgencyFixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void registeredAgencyIsReadBackWithThaiTextAndItsVersionAsETag() {
        String code = uniqueCode("CM-PEO");
        Map<String, Object> body = provincialOffice(code, "สำนักงานพลังงานจังหวัดเชียงใหม่ ⚡");
        body.put("abbreviation", "พน.ชม.");
        body.put("phone", "053 112 345");
        body.put("email", "energy@chiangmai.go.th");
        body.put("website", "https://www.chiangmai.go.th");
        String location = asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ACTIVE"))
                .body("createdAt", notNullValue())
                .extract().header("Location");

        asSecretariat().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("nameTh", equalTo("สำนักงานพลังงานจังหวัดเชียงใหม่ ⚡"))
                .body("abbreviation", equalTo("พน.ชม."))
                .body("district", equalTo("5001"))
                .body("type", equalTo("PROVINCIAL_GOVERNMENT"))
                .body("localKind", nullValue());
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = uniqueCode("CM-DUP");
        register(provincialOffice(code, "สำนักงานแรก"));
        asSecretariat().contentType(ContentType.JSON).body(provincialOffice(code, "สำนักงานที่สอง"))
                .when().post("/agencies")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("An agency with the code '" + code + "' already exists"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsCreated() {
        String code = uniqueCode("CM-BAD");
        Map<String, Object> body = provincialOffice(code, " ");
        body.put("email", "not-an-email");
        body.put("phone", "call us");
        body.put("website", "ftp://example.org");
        body.put("district", "5099");
        body.put("localKind", "TOWN_MUNICIPALITY");
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItems("nameTh", "email", "phone", "website", "district", "localKind"))
                .body("errors.find { it.field == 'district' }.message", equalTo("no Chiang Mai district has this geocode"));
        asSecretariat().queryParam("q", code).when().get("/agencies").then().body("items", empty());
    }

    @Test
    void localAdministrativeOrganisationNeedsItsKind() {
        Map<String, Object> body = provincialOffice(uniqueCode("CM-LAO"), "เทศบาลตำบลทดสอบ");
        body.put("type", "LOCAL_ADMINISTRATION");
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("localKind"))
                .body("errors[0].message", equalTo("is required for a local administrative organisation"));

        body.put("localKind", "SUBDISTRICT_MUNICIPALITY");
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(201)
                .body("localKind", equalTo("SUBDISTRICT_MUNICIPALITY"));
    }

    @Test
    void unknownEnumValueIsABadRequest() {
        Map<String, Object> body = provincialOffice(uniqueCode("CM-ENUM"), "สำนักงาน");
        body.put("type", "MINISTRY_OF_MAGIC");
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void jsonOfTheWrongShapeIsAMalformedRequestProblem() {
        asSecretariat().contentType(ContentType.JSON).body("[1, 2]")
                .when().post("/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"));
        Map<String, Object> body = provincialOffice(uniqueCode("CM-SHAPE"), "สำนักงาน");
        body.put("nameTh", Map.of("th", "ชื่อ"));
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The value at 'nameTh' does not have the expected type"));
    }

    @Test
    void serverOwnedFieldsCannotBeSetByClients() {
        String code = uniqueCode("CM-MASS");
        Map<String, Object> body = provincialOffice(code, "สำนักงาน");
        body.put("status", "DISSOLVED");
        body.put("version", 7);
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", org.hamcrest.Matchers.startsWith("Unrecognized field"));
        asSecretariat().queryParam("q", code).when().get("/agencies").then().body("items", empty());
    }

    @Test
    void unknownParentIsAValidationError() {
        Map<String, Object> body = provincialOffice(uniqueCode("CM-ORPHAN"), "สำนักงาน");
        body.put("parentId", "7f0c3b3e-0000-4000-8000-000000000000");
        asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void putReplacesDetailsAndAStaleIfMatchChangesNothing() {
        String code = uniqueCode("CM-PUT");
        String id = register(provincialOffice(code, "ชื่อเดิม"));
        Map<String, Object> replacement = provincialOffice(code, "ชื่อใหม่");
        replacement.put("district", "5013");

        asSecretariat().contentType(ContentType.JSON).body(replacement).header("If-Match", "\"0\"")
                .when().put("/agencies/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("nameTh", equalTo("ชื่อใหม่"))
                .body("district", equalTo("5013"))
                .body("version", equalTo(1));

        replacement.put("nameTh", "ชื่อที่มาช้า");
        asSecretariat().contentType(ContentType.JSON).body(replacement).header("If-Match", "\"0\"")
                .when().put("/agencies/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"));
        asSecretariat().when().get("/agencies/" + id).then().body("nameTh", equalTo("ชื่อใหม่")).body("version", equalTo(1));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndNullRemovesOne() {
        String code = uniqueCode("CM-PATCH");
        Map<String, Object> body = provincialOffice(code, "สำนักงานเดิม");
        body.put("phone", "053 000 111");
        String id = register(body);

        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8").body("{\"email\": \"office@chiangmai.go.th\", \"phone\": null}")
                .when().patch("/agencies/" + id)
                .then().statusCode(200)
                .body("email", equalTo("office@chiangmai.go.th"))
                .body("phone", nullValue())
                .body("nameTh", equalTo("สำนักงานเดิม"))
                .body("district", equalTo("5001"));
    }

    @Test
    void patchedResultIsValidatedAsAWhole() {
        String id = registerOffice("CM-PATCHBAD");
        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8").body("{\"nameTh\": null, \"district\": \"5099\"}")
                .when().patch("/agencies/" + id)
                .then().statusCode(400)
                .body("errors.field", hasItems("nameTh", "district"));
        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8").body("{\"status\": \"DISSOLVED\"}")
                .when().patch("/agencies/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json");
        asSecretariat().when().get("/agencies/" + id).then().body("status", equalTo("ACTIVE")).body("version", equalTo(0));
    }

    @Test
    void parentThatWouldMakeACycleIsAConflict() {
        String ministry = registerOffice("CM-MIN");
        Map<String, Object> department = provincialOffice(uniqueCode("CM-DEPT"), "กรม");
        department.put("parentId", ministry);
        String departmentId = register(department);

        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8").body("{\"parentId\": \"" + departmentId + "\"}")
                .when().patch("/agencies/" + ministry)
                .then().statusCode(409)
                .body("detail", containsString("its own ancestor"));
        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8").body("{\"parentId\": \"" + ministry + "\"}")
                .when().patch("/agencies/" + ministry)
                .then().statusCode(409);
    }

    @Test
    void childrenAndAncestorsFollowTheHierarchy() {
        String ministry = registerOffice("CM-MIN");
        Map<String, Object> department = provincialOffice(uniqueCode("CM-DEPT"), "กรม");
        department.put("parentId", ministry);
        String departmentId = register(department);
        Map<String, Object> office = provincialOffice(uniqueCode("CM-OFF"), "สำนักงานจังหวัด");
        office.put("parentId", departmentId);
        String officeId = register(office);

        asSecretariat().when().get("/agencies/" + officeId + "/ancestors")
                .then().statusCode(200)
                .body("id", equalTo(List.of(departmentId, ministry)));
        asSecretariat().when().get("/agencies/" + ministry + "/children")
                .then().statusCode(200)
                .body("id", equalTo(List.of(departmentId)));
    }

    @Test
    void dissolvedAgencyCannotBeEditedOrDissolvedAgain() {
        String code = uniqueCode("CM-GONE");
        String id = register(provincialOffice(code, "สำนักงานที่ยุบ"));
        asSecretariat().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2022-10-01"))
                .when().post("/agencies/" + id + "/dissolution")
                .then().statusCode(200)
                .body("status", equalTo("DISSOLVED"))
                .body("statusSince", equalTo("2022-10-01"));

        asSecretariat().contentType(ContentType.JSON).body(provincialOffice(code, "แก้ไขหลังยุบ"))
                .when().put("/agencies/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Agency " + code + " is dissolved since 2022-10-01 and cannot be edited"));
        asSecretariat().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2022-11-01"))
                .when().post("/agencies/" + id + "/dissolution")
                .then().statusCode(409);
        asSecretariat().when().get("/agencies/" + id).then().body("nameTh", equalTo("สำนักงานที่ยุบ"));
    }

    @Test
    void mergedAgencyPointsToTheAgencyThatAbsorbedIt() {
        String absorber = registerOffice("CM-BIG");
        String absorbed = registerOffice("CM-SMALL");
        asSecretariat().contentType(ContentType.JSON).body(Map.of("intoAgencyId", absorbed, "effectiveDate", "2023-01-01"))
                .when().post("/agencies/" + absorbed + "/merger")
                .then().statusCode(409)
                .body("detail", equalTo("An agency cannot be merged into itself"));
        asSecretariat().contentType(ContentType.JSON).body(Map.of("intoAgencyId", "7f0c3b3e-0000-4000-8000-000000000000", "effectiveDate", "2023-01-01"))
                .when().post("/agencies/" + absorbed + "/merger")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("intoAgencyId"));

        asSecretariat().contentType(ContentType.JSON).body(Map.of("intoAgencyId", absorber, "effectiveDate", "2023-01-01"))
                .when().post("/agencies/" + absorbed + "/merger")
                .then().statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("mergedIntoId", equalTo(absorber));

        String late = registerOffice("CM-LATE");
        asSecretariat().contentType(ContentType.JSON).body(Map.of("intoAgencyId", absorbed, "effectiveDate", "2023-02-01"))
                .when().post("/agencies/" + late + "/merger")
                .then().statusCode(409)
                .body("detail", containsString("is merged and cannot absorb another agency"));
    }

    @Test
    void historyShowsEachChangeWithTheValuesBeforeAndAfter() {
        String code = uniqueCode("CM-HIST");
        String id = register(provincialOffice(code, "ชื่อแรก"));
        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8").body("{\"nameTh\": \"ชื่อที่สอง\"}")
                .when().patch("/agencies/" + id).then().statusCode(200);
        asSecretariat().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2024-09-30"))
                .when().post("/agencies/" + id + "/dissolution").then().statusCode(200);

        asSecretariat().when().get("/agencies/" + id + "/history")
                .then().statusCode(200)
                .body("items.type", equalTo(List.of("AGENCY_CREATED", "AGENCY_UPDATED", "AGENCY_DISSOLVED")))
                .body("items[0].before", nullValue())
                .body("items[1].changes", hasSize(1))
                .body("items[1].changes[0].field", equalTo("nameTh"))
                .body("items[1].changes[0].before", equalTo("ชื่อแรก"))
                .body("items[1].changes[0].after", equalTo("ชื่อที่สอง"))
                .body("items[2].changes.field", hasItems("status", "statusSince"))
                .body("items[2].after.status", equalTo("DISSOLVED"));
    }

    @Test
    void unchangedReplacementKeepsTheVersionAndAddsNoHistory() {
        String code = uniqueCode("CM-SAME");
        Map<String, Object> body = provincialOffice(code, "สำนักงานเดิม");
        String id = register(body);
        asSecretariat().contentType(ContentType.JSON).body(body).when().put("/agencies/" + id)
                .then().statusCode(200).body("version", equalTo(0));
        asSecretariat().when().get("/agencies/" + id + "/history").then().body("items", hasSize(1));
    }

    @Test
    void unknownAgencyIsANotFoundProblemOnEveryOperation() {
        String missing = "/agencies/7f0c3b3e-0000-4000-8000-000000000001";
        asSecretariat().when().get(missing).then().statusCode(404).contentType("application/problem+json");
        asSecretariat().when().get(missing + "/history").then().statusCode(404);
        asSecretariat().when().get(missing + "/children").then().statusCode(404);
        asSecretariat().contentType(ContentType.JSON).body(provincialOffice("CM-NONE", "ไม่มี"))
                .when().put(missing).then().statusCode(404);
        asSecretariat().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2022-10-01"))
                .when().post(missing + "/dissolution").then().statusCode(404);
    }

    @Test
    void referenceListsNameTypesAndKindsInThaiAndEnglish() {
        asSecretariat().when().get("/agency-types")
                .then().statusCode(200)
                .body("find { it.code == 'STATE_ENTERPRISE' }.nameTh", equalTo("รัฐวิสาหกิจ"))
                .body("code", hasItems("CENTRAL_GOVERNMENT", "LOCAL_ADMINISTRATION", "PRIVATE_SECTOR"));
        asSecretariat().when().get("/local-administration-kinds")
                .then().statusCode(200)
                .body("find { it.code == 'CITY_MUNICIPALITY' }.nameTh", equalTo("เทศบาลนคร"));
    }
}
