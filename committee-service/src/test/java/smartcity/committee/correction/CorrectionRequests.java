package smartcity.committee.correction;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** What the correction tests of every kind of record send and read: merge patches, and the change feed around them. */
public final class CorrectionRequests {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private CorrectionRequests() {
    }

    /** A merge patch of {@code path} by {@code caller}, with If-Match when given. */
    public static ValidatableResponse patch(RequestSpecification caller, String path, String ifMatch, String body) {
        RequestSpecification request = caller.contentType(MERGE_PATCH + "; charset=UTF-8").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch(path).then();
    }

    /** The cursor after everything committed so far. */
    public static String feedHead() {
        String next = "0";
        while (true) {
            JsonPath page = given().queryParam("after", next).queryParam("limit", 1000).when().get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getString("next");
        }
    }

    /** The feed's items for one record after the cursor. */
    public static List<Map<String, Object>> feedItems(String after, String kind, String id) {
        return given().queryParam("after", after).queryParam("limit", 1000).when().get("/changes")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == '" + kind + "' && it.id == '" + id + "' }");
    }
}
