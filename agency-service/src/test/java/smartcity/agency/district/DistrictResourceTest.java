package smartcity.agency.district;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DistrictResourceTest {

    @Test
    void listsAllTwentyFiveChiangMaiDistrictsInGeocodeOrder() {
        given().queryParam("size", 200)
                .when().get("/districts")
                .then().statusCode(200)
                .body("totalItems", equalTo(25))
                .body("totalPages", equalTo(1))
                .body("items", hasSize(25))
                .body("items[0].code", equalTo("5001"))
                .body("items[0].nameTh", equalTo("เมืองเชียงใหม่"))
                .body("items[0].nameEn", equalTo("Mueang Chiang Mai"))
                .body("items[24].code", equalTo("5025"))
                .body("items[24].nameTh", equalTo("กัลยาณิวัฒนา"));
    }

    @Test
    void pagesThroughTheListWithTotals() {
        given().queryParam("page", 2).queryParam("size", 10)
                .when().get("/districts")
                .then().statusCode(200)
                .body("page", equalTo(2))
                .body("size", equalTo(10))
                .body("totalItems", equalTo(25))
                .body("totalPages", equalTo(3))
                .body("items.code", equalTo(java.util.List.of("5021", "5022", "5023", "5024", "5025")));
    }

    @Test
    void districtIsFoundByItsGeocodeWithThaiNameIntact() {
        given().when().get("/districts/5018")
                .then().statusCode(200)
                .body("nameTh", equalTo("อมก๋อย"))
                .body("nameEn", equalTo("Omkoi"));
    }

    @Test
    void unknownGeocodeIsANotFoundProblem() {
        given().when().get("/districts/9999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No district has the geocode '9999'"))
                .body("instance", equalTo("/districts/9999"));
    }

    @Test
    void pageSizeAboveTheMaximumIsAValidationProblemNamingTheParameter() {
        given().queryParam("size", 500).queryParam("page", -1)
                .when().get("/districts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("detail", equalTo("2 fields are not valid"))
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("page"))
                .body("errors.find { it.field == 'size' }.message", startsWith("must be less than or equal to 200"));
    }
}
