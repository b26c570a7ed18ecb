package smartcity.agency;

import static smartcity.agency.Tokens.asSecretariat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static smartcity.agency.AgencyFixtures.provincialOffice;
import static smartcity.agency.AgencyFixtures.register;
import static smartcity.agency.AgencyFixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgencyListTest {

    @Test
    void thaiNamesSortInThaiDictionaryOrderNotByCodePoint() {
        String tag = uniqueCode("SORT");
        // by code point เ (U+0E40) would sort after ด (U+0E14); in a Thai dictionary เชียง... files under ช, before ด
        register(provincialOffice(tag + "-3", "ดอยสะเก็ด " + tag));
        register(provincialOffice(tag + "-2", "เชียงดาว " + tag));
        register(provincialOffice(tag + "-1", "กัลยาณิวัฒนา " + tag));

        asSecretariat().queryParam("q", tag).queryParam("sort", "nameTh")
                .when().get("/agencies")
                .then().statusCode(200)
                .body("items.nameTh", equalTo(List.of("กัลยาณิวัฒนา " + tag, "เชียงดาว " + tag, "ดอยสะเก็ด " + tag)));
        asSecretariat().queryParam("q", tag).queryParam("sort", "-code")
                .when().get("/agencies")
                .then().body("items.code", equalTo(List.of(tag + "-3", tag + "-2", tag + "-1")));
    }

    @Test
    void filtersCombineTypeKindDistrictStatusAndText() {
        String tag = uniqueCode("FILTER");
        Map<String, Object> lao = provincialOffice(tag + "-LAO", "เทศบาลตำบล " + tag);
        lao.put("type", "LOCAL_ADMINISTRATION");
        lao.put("localKind", "SUBDISTRICT_MUNICIPALITY");
        lao.put("district", "5013");
        register(lao);
        Map<String, Object> office = provincialOffice(tag + "-OFF", "สำนักงาน " + tag);
        office.put("district", "5013");
        String officeId = register(office);
        asSecretariat().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2022-10-01"))
                .when().post("/agencies/" + officeId + "/dissolution").then().statusCode(200);

        asSecretariat().queryParam("q", tag.toLowerCase()).queryParam("district", "5013")
                .when().get("/agencies").then().body("totalItems", equalTo(2));
        asSecretariat().queryParam("q", tag).queryParam("type", "LOCAL_ADMINISTRATION").queryParam("localKind", "SUBDISTRICT_MUNICIPALITY")
                .when().get("/agencies").then().body("items.code", equalTo(List.of(tag + "-LAO")));
        asSecretariat().queryParam("q", tag).queryParam("status", "DISSOLVED")
                .when().get("/agencies").then().body("items.code", equalTo(List.of(tag + "-OFF")));
        asSecretariat().queryParam("q", "Provincial office " + tag + "-L")
                .when().get("/agencies").then().body("items", hasSize(1));
    }

    @Test
    void updatedSinceReturnsOnlyLaterChanges() throws InterruptedException {
        String tag = uniqueCode("SINCE");
        register(provincialOffice(tag + "-OLD", "เก่า " + tag));
        Thread.sleep(20);
        String since = Instant.now().toString();
        Thread.sleep(20);
        register(provincialOffice(tag + "-NEW", "ใหม่ " + tag));
        asSecretariat().queryParam("q", tag).queryParam("updatedSince", since)
                .when().get("/agencies").then().body("items.code", equalTo(List.of(tag + "-NEW")));
    }

    @Test
    void badFiltersAreValidationProblems() {
        asSecretariat().queryParam("size", 201).when().get("/agencies")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        asSecretariat().queryParam("sort", "password").when().get("/agencies")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        asSecretariat().queryParam("type", "GUILD").when().get("/agencies")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void concurrentUpdatesWithTheSameETagLetExactlyOneWin() throws Exception {
        String code = uniqueCode("CM-RACE");
        String id = register(provincialOffice(code, "ชื่อเริ่มต้น"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = provincialOffice(code, "ชื่อจากผู้เขียนคนที่ " + i);
            writers.add(() -> asSecretariat().contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"")
                    .when().put("/agencies/" + id).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(writers)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        Assertions.assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one winner: " + statuses);
        Assertions.assertEquals(19, statuses.stream().filter(s -> s == 412).count(), "the rest are told they are stale: " + statuses);
        asSecretariat().when().get("/agencies/" + id).then().body("version", equalTo(1));
        asSecretariat().when().get("/agencies/" + id + "/history").then().body("items", hasSize(2));
    }
}
