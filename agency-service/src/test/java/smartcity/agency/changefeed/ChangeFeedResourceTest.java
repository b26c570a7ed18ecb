package smartcity.agency.changefeed;

import static smartcity.agency.Tokens.asSecretariat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static smartcity.agency.AgencyFixtures.provincialOffice;
import static smartcity.agency.AgencyFixtures.register;
import static smartcity.agency.AgencyFixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedResourceTest {

    private static String head() {
        String next = "0";
        while (true) {
            JsonPath page = asSecretariat().queryParam("after", next).queryParam("limit", 1000)
                    .when().get("/agencies/changes").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getString("next");
        }
    }

    @Test
    void changesArriveInOrderWithTheNewStateAndResumeFromTheCursor() {
        String start = head();
        String code = uniqueCode("CM-FEED");
        String id = register(provincialOffice(code, "ก่อนแก้"));
        asSecretariat().contentType("application/merge-patch+json; charset=UTF-8").body("{\"nameTh\": \"หลังแก้\"}")
                .when().patch("/agencies/" + id).then().statusCode(200);

        JsonPath first = asSecretariat().queryParam("after", start).queryParam("limit", 1)
                .when().get("/agencies/changes").then().statusCode(200).extract().jsonPath();
        Assertions.assertEquals("AGENCY_CREATED", first.getString("items[0].type"));
        Assertions.assertEquals(id, first.getString("items[0].id"));
        Assertions.assertEquals("ก่อนแก้", first.getString("items[0].data.nameTh"));
        Assertions.assertEquals(first.getString("items[0].cursor"), first.getString("next"));

        asSecretariat().queryParam("after", first.getString("next"))
                .when().get("/agencies/changes")
                .then().statusCode(200)
                .body("items.type", equalTo(List.of("AGENCY_UPDATED")))
                .body("items[0].data.nameTh", equalTo("หลังแก้"))
                .body("items[0].data.version", equalTo(1));
    }

    @Test
    void aFailedWriteEmitsNothing() {
        String code = uniqueCode("CM-FAIL");
        register(provincialOffice(code, "ครั้งแรก"));
        String start = head();
        asSecretariat().contentType(ContentType.JSON).body(provincialOffice(code, "ซ้ำ"))
                .when().post("/agencies").then().statusCode(409);
        Map<String, Object> invalid = provincialOffice(uniqueCode("CM-FAIL"), "ไม่ถูกต้อง");
        invalid.put("district", "5099");
        asSecretariat().contentType(ContentType.JSON).body(invalid).when().post("/agencies").then().statusCode(400);

        asSecretariat().queryParam("after", start).when().get("/agencies/changes")
                .then().body("items", empty()).body("next", equalTo(start));
    }

    @Test
    void concurrentWritersNeitherLoseNorDuplicateNorReorderEvents() throws Exception {
        String start = head();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> writers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            writers.add(() -> register(provincialOffice(uniqueCode("CM-CONC"), "พร้อมกัน")));
        }
        Set<String> created = new HashSet<>();
        for (var result : pool.invokeAll(writers)) {
            created.add(result.get());
        }
        pool.shutdown();

        List<String> seen = new ArrayList<>();
        long previous = Long.parseLong(start);
        String next = start;
        while (true) {
            JsonPath page = asSecretariat().queryParam("after", next).queryParam("limit", 7)
                    .when().get("/agencies/changes").then().statusCode(200).extract().jsonPath();
            List<String> cursors = page.getList("items.cursor");
            if (cursors.isEmpty()) {
                break;
            }
            for (String cursor : cursors) {
                Assertions.assertTrue(Long.parseLong(cursor) == previous + 1, "no gap after " + previous + ": " + cursor);
                previous = Long.parseLong(cursor);
            }
            seen.addAll(page.getList("items.id"));
            next = page.getString("next");
        }
        Assertions.assertEquals(40, seen.size(), "every creation exactly once");
        Assertions.assertEquals(created, new HashSet<>(seen));
    }

    @Test
    void aCursorTheFeedNeverHandedOutIsABadRequest() {
        asSecretariat().queryParam("after", "yesterday").when().get("/agencies/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        asSecretariat().queryParam("limit", 5000).when().get("/agencies/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anImportAppendsOneEventPerWrittenAgencyParentsFirstWithTheVersionWritten() {
        String header = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n";
        String tag = uniqueCode("CM-FIMP");
        String csv = header
                + tag + "-CHILD,กองย่อย " + tag + ",Child,,PROVINCIAL_GOVERNMENT,,," + tag + "-PARENT,5001,,,,\n"
                + tag + "-PARENT,สำนักงาน " + tag + ",Parent,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n"
                + tag + "-OTHER,หน่วยงานอื่น " + tag + ",Other,,PROVINCIAL_GOVERNMENT,,,,5013,,,,\n";
        String start = head();
        asSecretariat().contentType("text/csv; charset=UTF-8").body(csv).when().post("/agencies/import")
                .then().statusCode(200).body("created", equalTo(3));
        JsonPath created = asSecretariat().queryParam("after", start).when().get("/agencies/changes")
                .then().statusCode(200).extract().jsonPath();
        Assertions.assertEquals(List.of("AGENCY_CREATED", "AGENCY_CREATED", "AGENCY_CREATED"), created.getList("items.type"));
        Assertions.assertEquals(List.of(tag + "-PARENT", tag + "-CHILD", tag + "-OTHER"), created.getList("items.data.code"));
        Assertions.assertEquals(List.of(0, 0, 0), created.getList("items.data.version"));
        Assertions.assertEquals(created.getString("items[0].id"), created.getString("items[1].data.parentId"));
        List<Long> cursors = created.getList("items.cursor", String.class).stream().map(Long::parseLong).toList();
        Assertions.assertEquals(List.of(cursors.get(0), cursors.get(0) + 1, cursors.get(0) + 2), cursors,
                "one event after another, no gap");

        String mid = created.getString("next");
        asSecretariat().contentType("text/csv; charset=UTF-8").body(csv.replace(",Other,", ",Other (renamed),"))
                .when().post("/agencies/import").then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(2));
        asSecretariat().queryParam("after", mid).when().get("/agencies/changes")
                .then().statusCode(200)
                .body("items.type", equalTo(List.of("AGENCY_UPDATED")))
                .body("items[0].data.code", equalTo(tag + "-OTHER"))
                .body("items[0].data.nameEn", equalTo("Other (renamed)"))
                .body("items[0].data.version", equalTo(1));
        asSecretariat().when().get("/agencies/" + created.getString("items[2].id") + "/history")
                .then().statusCode(200).body("items.size()", equalTo(2));
    }
}
