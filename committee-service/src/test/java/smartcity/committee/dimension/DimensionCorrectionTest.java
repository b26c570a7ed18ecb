package smartcity.committee.dimension;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.committee.Tokens.as;
import static smartcity.committee.Tokens.asSecretariat;
import static smartcity.committee.correction.CorrectionRequests.feedHead;
import static smartcity.committee.correction.CorrectionRequests.feedItems;
import static smartcity.committee.correction.CorrectionRequests.patch;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;

/** Correcting a dimension's names, description and order by JSON merge patch. */
@QuarkusTest
class DimensionCorrectionTest {

    private static String code() {
        return "FIX_" + Tokens.randomId().substring(0, 8).toUpperCase();
    }

    private static String dimension(String code) {
        return asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "nameTh", "ด้านพลังงานอัจฉริยะ", "nameEn", "Smart Enrgy"))
                .when().post("/dimensions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDimensionCorrectedWithIfMatchAnswersTheNewStateAndETag() {
        String code = code();
        String id = dimension(code);
        String cursor = feedHead();

        patch(as(Tokens.admin()), "/dimensions/" + id, "\"0\"",
                "{\"nameEn\": \"Smart Energy\", \"descriptionTh\": \"พลังงานสะอาด\", \"displayOrder\": 90000}")
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo(code))
                .body("nameTh", equalTo("ด้านพลังงานอัจฉริยะ"))
                .body("nameEn", equalTo("Smart Energy"))
                .body("descriptionTh", equalTo("พลังงานสะอาด"))
                .body("displayOrder", equalTo(90000))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo("operator@chiangmai.go.th"));

        asSecretariat().when().get("/history/dimensions/" + id).then().statusCode(200)
                .body("type", equalTo(List.of("ADD", "MOD")))
                .body("actor", equalTo(List.of("secretariat@chiangmai.go.th", "operator@chiangmai.go.th")))
                .body("[0].state.nameEn", equalTo("Smart Enrgy"))
                .body("[1].state.nameEn", equalTo("Smart Energy"));
        List<Map<String, Object>> items = feedItems(cursor, "DIMENSION", id);
        assertEquals(1, items.size(), () -> "one DIMENSION item for the correction: " + items);
        assertEquals("UPDATED", items.get(0).get("change"));
        assertEquals("Smart Energy", ((Map<?, ?>) items.get(0).get("data")).get("nameEn"));
        assertEquals(90000, ((Map<?, ?>) items.get(0).get("data")).get("displayOrder"));
    }

    @Test
    void aStaleIfMatchOnADimensionIs412AndChangesNothing() {
        String id = dimension(code());
        patch(asSecretariat(), "/dimensions/" + id, null, "{\"nameEn\": \"Smart Energy\"}").statusCode(200);

        patch(asSecretariat(), "/dimensions/" + id, "\"0\"", "{\"nameEn\": \"Energy\"}")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"));

        given().when().get("/dimensions/" + id).then()
                .header("ETag", equalTo("\"1\"")).body("nameEn", equalTo("Smart Energy"));
        given().when().get("/history/dimensions/" + id).then().body("type", equalTo(List.of("ADD", "MOD")));
    }

    @Test
    void aDimensionCorrectionNamingAServerOwnedFieldIsRefusedNamingIt() {
        String id = dimension(code());

        for (String field : List.of("id", "version", "code", "active", "retiredByResolutionId", "createdBy")) {
            patch(asSecretariat(), "/dimensions/" + id, "\"0\"", "{\"" + field + "\": \"1\"}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(containsString(field));
        }
        patch(asSecretariat(), "/dimensions/" + id, "\"0\"", "{\"nameTh\": \"\", \"displayOrder\": 0}")
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("nameTh", "displayOrder"));

        given().when().get("/dimensions/" + id).then().header("ETag", equalTo("\"0\"")).body("nameEn", equalTo("Smart Enrgy"));
    }

    @Test
    void aRetiredDimensionIsNotCorrected() {
        String id = dimension(code());
        asSecretariat().contentType("application/json").body("{}").when().post("/dimensions/" + id + "/retirement")
                .then().statusCode(200);

        patch(asSecretariat(), "/dimensions/" + id, "\"1\"", "{\"nameEn\": \"Smart Energy\"}")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("retired"));

        given().when().get("/dimensions/" + id).then().header("ETag", equalTo("\"1\"")).body("nameEn", equalTo("Smart Enrgy"));
    }

    @Test
    void onlyTheSecretariatAndAdminsCorrectDimensions() {
        String id = dimension(code());
        patch(given(), "/dimensions/" + id, null, "{\"nameEn\": \"x\"}").statusCode(401);
        patch(as(Tokens.portal()), "/dimensions/" + id, null, "{\"nameEn\": \"x\"}").statusCode(403);
        patch(as(Tokens.agencyEditor(Tokens.randomId())), "/dimensions/" + id, null, "{\"nameEn\": \"x\"}").statusCode(403);
        given().when().get("/dimensions/" + id).then().header("ETag", equalTo("\"0\""));
    }
}
