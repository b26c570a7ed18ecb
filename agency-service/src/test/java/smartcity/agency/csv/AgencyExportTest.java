package smartcity.agency.csv;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.agency.AgencyFixtures.uniqueCode;
import static smartcity.agency.Tokens.asSecretariat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The CSV export of the registry: safe to open in a spreadsheet, read back exactly, streamed, and rationed. */
@QuarkusTest
class AgencyExportTest {

    private static final String HEADER = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    @Inject
    AgroalDataSource pool;

    private static String export(Map<String, ?> query) {
        return asSecretariat().accept("text/csv").queryParams(query).when().get("/agencies")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
    }

    private static List<String[]> records(String csv) throws IOException {
        List<String[]> records = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(csv)) {
            it.forEachRemaining(records::add);
        }
        return records;
    }

    private static String register(String code, String nameEn, String abbreviation, String address, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameTh", "สำนักงาน " + code);
        body.put("nameEn", nameEn);
        body.put("abbreviation", abbreviation);
        body.put("type", "PROVINCIAL_GOVERNMENT");
        body.put("district", "5001");
        body.put("address", address);
        body.put("phone", phone);
        return asSecretariat().contentType(ContentType.JSON).body(body).when().post("/agencies")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void valuesASpreadsheetWouldRunAsFormulasAreExportedNeutralisedAndImportBackUnchanged() throws IOException {
        String tag = uniqueCode("FORMULA");
        register(tag + "-A", "@SUM(A1)", "-1", "=HYPERLINK(\"http://x\")", "+66 53 112 233");
        register(tag + "-B", "'=already", "''+two", "-", null);

        String exported = export(Map.of("q", tag, "sort", "code"));
        List<String[]> records = records(exported);
        assertEquals(3, records.size(), exported);
        Map<String, String> a = row(records.get(1));
        assertEquals("'@SUM(A1)", a.get("nameEn"));
        assertEquals("'-1", a.get("abbreviation"));
        assertEquals("'=HYPERLINK(\"http://x\")", a.get("address"));
        assertEquals("'+66 53 112 233", a.get("phone"));
        Map<String, String> b = row(records.get(2));
        assertEquals("''=already", b.get("nameEn"));
        assertEquals("'''+two", b.get("abbreviation"));
        assertEquals("'-", b.get("address"));
        for (String[] record : records.subList(1, records.size())) {
            for (String field : record) {
                assertTrue(field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0, "not neutralised: " + field);
            }
        }

        // the import removes exactly the apostrophe the export added
        for (boolean dryRun : new boolean[] {true, false}) {
            asSecretariat().contentType("text/csv").body(exported.getBytes(StandardCharsets.UTF_8))
                    .queryParam("dryRun", dryRun)
                    .when().post("/agencies/import")
                    .then().statusCode(200)
                    .body("unchanged", equalTo(2))
                    .body("rows.action", everyItem(equalTo("UNCHANGED")));
        }
        asSecretariat().queryParam("q", tag).queryParam("sort", "code").when().get("/agencies").then()
                .body("items[0].nameEn", equalTo("@SUM(A1)"))
                .body("items[0].address", equalTo("=HYPERLINK(\"http://x\")"))
                .body("items[0].phone", equalTo("+66 53 112 233"))
                .body("items[1].nameEn", equalTo("'=already"))
                .body("items[1].abbreviation", equalTo("''+two"));
        assertEquals(exported, export(Map.of("q", tag, "sort", "code")));
    }

    @Test
    void theExportHasTheRowsAndTheOrderOfTheListAcrossManyChunks() throws IOException {
        String tag = uniqueCode("ORDER");
        int count = 1_234;
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        csv.append(tag).append("-TOP,ศูนย์ ").append(tag).append(",Top,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n");
        String[] thai = {"ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ญ", "ฎ"};
        for (int i = 0; i < count; i++) {
            // Thai names in an order unlike the codes', English names with duplicates and gaps
            csv.append(tag).append('-').append(i).append(',').append(thai[(i * 7) % thai.length]).append("สำนักงาน ")
                    .append(tag).append(' ').append(count - i).append(',')
                    .append(i % 5 == 0 ? "" : "Office " + (i % 13)).append(",,PROVINCIAL_GOVERNMENT,,,")
                    .append(i % 3 == 0 ? tag + "-TOP" : "").append(",5001,,053 000 ").append(1000 + i).append(",,\n");
        }
        asSecretariat().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/agencies/import").then().statusCode(200).body("created", equalTo(count + 1));

        for (String sort : new String[] {"nameTh", "-nameEn", "code"}) {
            List<Map<String, Object>> listed = new ArrayList<>();
            for (int page = 0; listed.size() < count + 1; page++) {
                List<Map<String, Object>> items = asSecretariat().queryParam("q", tag).queryParam("sort", sort)
                        .queryParam("size", 200).queryParam("page", page)
                        .when().get("/agencies").then().statusCode(200).extract().path("items");
                assertTrue(!items.isEmpty(), "page " + page);
                listed.addAll(items);
            }
            Map<Object, Object> codes = new HashMap<>();
            listed.forEach(item -> codes.put(item.get("id"), item.get("code")));

            List<String[]> records = records(export(Map.of("q", tag, "sort", sort)));
            assertEquals(HEADER + ",id,status", String.join(",", records.get(0)));
            assertEquals(listed.size() + 1, records.size(), sort);
            for (int i = 0; i < listed.size(); i++) {
                Map<String, Object> item = listed.get(i);
                Map<String, String> row = row(records.get(i + 1));
                for (String column : List.of("code", "nameTh", "nameEn", "abbreviation", "type", "district", "phone")) {
                    assertEquals(text(item.get(column)), row.get(column), sort + " row " + (i + 1) + " " + column);
                }
                assertEquals(text(codes.get(item.get("parentId"))), row.get("parentCode"), sort + " row " + (i + 1));
                assertEquals(item.get("id"), row.get("id"));
                assertEquals(item.get("status"), row.get("status"));
            }
        }
        // no match: the header alone
        assertEquals(HEADER + ",id,status", export(Map.of("q", tag + "-NOTHING")).strip());
    }

    @Test
    void exportsBeyondTheConcurrencyLimitAreRefusedWithRetryAfter() throws Exception {
        String tag = uniqueCode("BUSY");
        register(tag, "Busy office", null, null, null);
        List<CompletableFuture<ExtractableResponse<Response>>> running = new ArrayList<>();
        try (Connection locker = pool.getConnection(); Statement lock = locker.createStatement()) {
            // every read of the registry waits while the table is locked: the exports that started stay running
            lock.execute("LOCK TABLES agency WRITE");
            try {
                for (int i = 0; i < 2; i++) {
                    running.add(CompletableFuture.supplyAsync(() -> given().accept("text/csv").queryParam("q", tag)
                            .when().get("/agencies").then().extract()));
                }
                awaitQueriesWaitingForTheLock(2);

                // one more, anonymous like the others, is turned away at once instead of queueing
                ExtractableResponse<Response> refused = CompletableFuture.supplyAsync(() -> given()
                        .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 10_000)))
                        .accept("text/csv").queryParam("q", tag).when().get("/agencies").then().extract())
                        .get(15, TimeUnit.SECONDS);
                assertEquals(503, refused.statusCode(), refused.asString());
                assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
                assertEquals("/problems/service-unavailable", refused.path("type"));
                assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0, refused.header("Retry-After"));
            } finally {
                lock.execute("UNLOCK TABLES");
            }
        }
        for (CompletableFuture<ExtractableResponse<Response>> export : running) {
            ExtractableResponse<Response> done = export.get(30, TimeUnit.SECONDS);
            assertEquals(200, done.statusCode(), done.asString());
            assertEquals(2, done.asString().lines().count(), done.asString());
        }
        // once they are done, exports are served again
        given().accept("text/csv").queryParam("q", tag).when().get("/agencies").then().statusCode(200);
    }

    private void awaitQueriesWaitingForTheLock(int count) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet waiting = statement.executeQuery("SELECT COUNT(*) FROM information_schema.processlist "
                        + "WHERE state = 'Waiting for table metadata lock'")) {
                    waiting.next();
                    if (waiting.getInt(1) >= count) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the exports never reached the database");
                }
                Thread.sleep(50);
            }
        }
    }

    private static Map<String, String> row(String[] record) {
        Map<String, String> row = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add("id");
        columns.add("status");
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), record[i]);
        }
        return row;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
