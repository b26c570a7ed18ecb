package smartcity.agency.csv;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.agency.AgencyFixtures.uniqueCode;
import static smartcity.agency.Tokens.asSecretariat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import smartcity.agency.changefeed.AgencyEvents;

/**
 * The import at the sizes the body limit allows: the rejection report stays small, checks are linear and iterative, and
 * a dry run neither holds nor waits for the registry's write lock.
 */
@QuarkusTest
class AgencyImportAtScaleTest {

    private static final String HEADER = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n";

    @Inject
    AgencyEvents events;

    private static ValidatableResponse importCsv(String csv, boolean dryRun) {
        return asSecretariat().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun)
                .when().post("/agencies/import")
                .then();
    }

    /** Rows each with exactly one broken rule: a type that does not exist. */
    private static String rowsOfUnknownType(String tag, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            csv.append(tag).append('-').append(i).append(",x,,,GUILD,,,,,,,,\n");
        }
        return csv.toString();
    }

    /** A chain of offices, each the parent of the next; the deepest first, so that every row waits for its parent. */
    private static String chain(String tag, int depth, boolean topPointsToBottom) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = depth; i >= 1; i--) {
            String parent = i > 1 ? tag + "-" + (i - 1) : topPointsToBottom ? tag + "-" + depth : "";
            csv.append(tag).append('-').append(i).append(",ชั้น ").append(i).append(",,,OTHER,,,").append(parent).append(",,,,,\n");
        }
        return csv.toString();
    }

    @Test
    void theRejectionReportListsTheFirst50ProblemsByLineAndCountsThemAll() {
        importCsv(rowsOfUnknownType(uniqueCode("CAP"), 300), false).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("detail", equalTo("300 problems in the file; the first 50 are listed; nothing was imported"))
                .body("errorCount", equalTo(300))
                .body("errors", hasSize(50))
                .body("errors.line", equalTo(IntStream.rangeClosed(2, 51).boxed().toList()))
                .body("errors.field", everyItem(equalTo("type")));

        // 50 or fewer are all listed, and there is no count to add
        importCsv(rowsOfUnknownType(uniqueCode("CAP"), 50), false).statusCode(400)
                .body("detail", equalTo("50 problems in the file; nothing was imported"))
                .body("errors", hasSize(50))
                .body("errorCount", nullValue());
    }

    @Test
    void aFileOfAHundredThousandBrokenRowsIsRefusedQuickly() {
        String csv = rowsOfUnknownType("H" + uniqueCode("").substring(1, 7), 100_000);
        assertTrue(csv.length() < 5 * 1024 * 1024, "within the body limit: " + csv.length());
        long started = System.nanoTime();
        importCsv(csv, true).statusCode(400)
                .body("errorCount", equalTo(100_000))
                .body("errors", hasSize(50))
                .body("detail", equalTo("100000 problems in the file; the first 50 are listed; nothing was imported"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // generous, for a busy build machine: it answered a 500 after a minute before, and takes a few seconds now
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "took " + took);
    }

    @Test
    void aParentChainThousandsDeepIsCheckedAndImportedWithoutRecursion() {
        String tag = "D" + uniqueCode("").substring(1, 7);
        int depth = 20_000;
        String csv = chain(tag, depth, false);

        importCsv(csv, true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(depth));
        importCsv(csv, false).statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", equalTo(depth));

        String top = asSecretariat().queryParam("q", tag + "-1").queryParam("sort", "code").when().get("/agencies")
                .then().extract().path("items.find { it.code == '" + tag + "-1' }.id");
        asSecretariat().queryParam("q", tag + "-2").queryParam("sort", "code").when().get("/agencies")
                .then().body("items.find { it.code == '" + tag + "-2' }.parentId", equalTo(top));
        // the same file again changes nothing
        importCsv(csv, true).statusCode(200).body("unchanged", equalTo(depth));
    }

    @Test
    void aCycleClosingALongChainIsReportedForEveryRowOnIt() {
        String tag = uniqueCode("LOOP");
        int depth = 5_000;
        importCsv(chain(tag, depth, true), true).statusCode(400)
                .body("errorCount", equalTo(depth))
                .body("errors", hasSize(50))
                .body("errors.field", everyItem(equalTo("parentCode")))
                .body("errors[0].message", containsString("cycle"));
    }

    @Test
    void aDryRunFindsACycleThatGoesThroughTheRegistry() {
        String tag = uniqueCode("RCY");
        importCsv(HEADER
                + tag + "-A,หน่วยงาน ก,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n"
                + tag + "-B,หน่วยงาน ข,,,PROVINCIAL_GOVERNMENT,,," + tag + "-A,5001,,,,\n"
                + tag + "-C,หน่วยงาน ค,,,PROVINCIAL_GOVERNMENT,,," + tag + "-B,5001,,,,\n", false).statusCode(200);

        // A under C, which the registry has under B, which it has under A: only A is in the file
        String file = HEADER + tag + "-A,หน่วยงาน ก,,,PROVINCIAL_GOVERNMENT,,," + tag + "-C,5001,,,,\n";
        for (boolean dryRun : new boolean[] {true, false}) {
            importCsv(file, dryRun).statusCode(400)
                    .body("errors", hasSize(1))
                    .body("errors[0].line", equalTo(2))
                    .body("errors[0].field", equalTo("parentCode"))
                    .body("errors[0].message", containsString("cycle"));
        }
    }

    @Test
    void aDryRunNeitherTakesNorWaitsForTheRegistrysWriteLock() throws Exception {
        String tag = uniqueCode("NOLOCK");
        String csv = HEADER + tag + ",สำนักงานลองดู,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n";
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a writer that holds the lock every write to the registry takes first, as a long import does
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            events.lockFeed();
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        CompletableFuture<ExtractableResponse<Response>> realImport = null;
        try {
            assertTrue(held.await(10, TimeUnit.SECONDS), "the test holds the write lock");

            ExtractableResponse<Response> dryRun = CompletableFuture.supplyAsync(() -> importCsv(csv, true).extract())
                    .get(10, TimeUnit.SECONDS);
            assertEquals(200, dryRun.statusCode(), dryRun.asString());
            assertEquals("CREATE", dryRun.path("rows[0].action"));

            // the same file for real does wait for the lock: the test's lock is the one writes take
            realImport = CompletableFuture.supplyAsync(() -> importCsv(csv, false).extract());
            Thread.sleep(1_000);
            assertFalse(realImport.isDone(), "a real import waits for the write lock");
        } finally {
            release.countDown();
            writer.get(30, TimeUnit.SECONDS);
        }
        ExtractableResponse<Response> imported = realImport.get(30, TimeUnit.SECONDS);
        assertEquals(200, imported.statusCode(), imported.asString());
        assertEquals(List.of("CREATE"), imported.path("rows.action"));
    }
}
