package smartcity.committee.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static smartcity.committee.Tokens.asSecretariat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import smartcity.committee.Tokens;
import smartcity.committee.feed.FeedCursors;
import smartcity.committee.feed.Freshness;

/** When agency-service's feed reports an agency merged or dissolved, what depends on it is flagged, not silently kept. */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class DissolvedAgencyFlagsTest {

    @Inject
    AgencyFeedFollower follower;

    @Inject
    FeedCursors cursors;

    @Test
    void assignmentsAndExOfficioSeatsOfAMergedAgencyAreFlagged() {
        String agency = Tokens.randomId();
        AgencyServiceStandIn.knows(agency, "CM-GONE", "สำนักงานที่จะถูกรวม");
        String dimension = asSecretariat().contentType("application/json")
                .body(Map.of("code", "FLAG_" + agency.substring(0, 6).toUpperCase(), "nameTh", "ด้านทดสอบ", "nameEn", "Flag test"))
                .when().post("/dimensions").then().statusCode(201).extract().path("id");
        String assignment = asSecretariat().contentType("application/json")
                .body(Map.of("dimensionId", dimension, "agencyId", agency, "role", "LEAD", "startDate", "2022-06-06"))
                .when().post("/assignments").then().statusCode(201)
                .body("flagged", Matchers.equalTo(false)).extract().path("id");
        String committee = asSecretariat().contentType("application/json")
                .body(Map.of("code", "CM-F-" + agency.substring(0, 6).toUpperCase(), "nameTh", "คณะกรรมการ", "level", "PROVINCIAL"))
                .when().post("/committees").then().statusCode(201).extract().path("id");
        String seat = asSecretariat().contentType("application/json")
                .body(Map.of("role", "MEMBER", "basis", "EX_OFFICIO", "titleTh", "กรรมการ", "positionTh", "หัวหน้าสำนักงาน", "agencyId", agency))
                .when().post("/committees/" + committee + "/seats").then().statusCode(201).extract().path("id");
        String person = asSecretariat().contentType("application/json")
                .body(Map.of("honorific", "นาย", "nameTh", "หัวหน้า", "positionTh", "หัวหน้าสำนักงาน", "agencyId", agency))
                .when().post("/people").then().statusCode(201).extract().path("id");
        asSecretariat().contentType("application/json")
                .body(Map.of("seatId", seat, "personId", person, "startDate", "2022-01-01"))
                .when().post("/committees/" + committee + "/memberships").then().statusCode(201);

        long position = cursors.position(Freshness.AGENCY);
        AgencyServiceStandIn.server().stubFor(get(urlPathEqualTo("/agencies/changes")).withQueryParam("after", equalTo(Long.toString(position)))
                .willReturn(okJson("{\"items\":[{\"cursor\":\"" + (position + 1) + "\",\"type\":\"AGENCY_MERGED\",\"id\":\"" + agency
                        + "\",\"data\":{\"id\":\"" + agency + "\",\"code\":\"CM-GONE\",\"nameTh\":\"สำนักงานที่จะถูกรวม\",\"status\":\"MERGED\"}}],"
                        + "\"next\":\"" + (position + 1) + "\"}")));
        AgencyServiceStandIn.server().stubFor(get(urlPathEqualTo("/agencies/changes")).withQueryParam("after", equalTo(Long.toString(position + 1)))
                .willReturn(okJson("{\"items\":[],\"next\":\"" + (position + 1) + "\"}")));
        follower.catchUp();

        given().queryParam("dimensionId", dimension).when().get("/assignments")
                .then().body("items[0].id", Matchers.equalTo(assignment))
                .body("items[0].flagged", Matchers.equalTo(true))
                .body("items[0].agencyStatus", Matchers.equalTo("MERGED"));
        given().queryParam("asOf", "2022-06-06").when().get("/responsibility-matrix")
                .then().body("dimensions.find { it.dimensionId == '" + dimension + "' }.lead.flagged", Matchers.equalTo(true));
        given().queryParam("asOf", "2022-06-06").when().get("/committees/" + committee + "/vacancies")
                .then().body("[0].reason", Matchers.equalTo("AGENCY_NO_LONGER_ACTIVE"))
                .body("[0].holder.nameTh", Matchers.equalTo("หัวหน้า"));
    }
}
