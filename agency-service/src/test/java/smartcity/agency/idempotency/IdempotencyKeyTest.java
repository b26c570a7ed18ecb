package smartcity.agency.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.agency.AgencyFixtures.provincialOffice;
import static smartcity.agency.AgencyFixtures.uniqueCode;
import static smartcity.agency.Tokens.as;
import static smartcity.agency.Tokens.asSecretariat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smartcity.agency.AgencyFixtures;
import smartcity.agency.Tokens;

/**
 * The Idempotency-Key header on POST /agencies ({@link IdempotencyContract}) and on POST /agencies/import, whose CSV
 * report is replayed too.
 */
@QuarkusTest
class IdempotencyKeyTest extends IdempotencyContract {

    private static final String CSV_HEADER = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n";

    @Override
    protected List<Create> creates() {
        return List.of(new Create("agency", "/agencies",
                () -> new Request("/agencies", provincialOffice(uniqueCode("IDEM"), "สำนักงานทดสอบการส่งซ้ำ")),
                request -> agenciesWithCode((String) request.body().get("code")),
                List.of("code", "nameTh"),
                request -> {
                    // a code already taken is refused inside the create's transaction: it rolls back too
                    String taken = uniqueCode("IDEM-TAKEN");
                    AgencyFixtures.register(provincialOffice(taken, "สำนักงานเดิม"));
                    return List.of(new Refusal(request.with("nameTh", " "), 400, "/problems/validation"),
                            new Refusal(request.with("code", taken), 409, "/problems/conflict"));
                },
                true));
    }

    @Override
    protected String caller() {
        return Tokens.secretariat();
    }

    @Override
    protected String otherCaller() {
        return Tokens.admin();
    }

    @Override
    protected Map<String, String> otherIdempotentOperations() {
        return Map.of("/agencies/import", "200");
    }

    private static int agenciesWithCode(String code) {
        return asSecretariat().queryParam("q", code).when().get("/agencies").then().statusCode(200).extract().path("totalItems");
    }

    private static byte[] csv(String code, String nameTh) {
        return (CSV_HEADER + code + "," + nameTh + ",,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameKeyOnTheImportIsAnotherRequest() {
        String key = newKey();
        String token = Tokens.secretariat();
        send(token, key, creates().get(0).request().get()).then().statusCode(201);

        String importedCode = uniqueCode("IDEM-C");
        as(token).header(KEY, key).contentType("text/csv").body(csv(importedCode, "สำนักงาน"))
                .when().post("/agencies/import")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(0, agenciesWithCode(importedCode));
    }

    @Test
    void retriedImportReplaysItsReportInsteadOfImportingAgain() {
        String code = uniqueCode("IDEM-IMP");
        String key = newKey();
        byte[] csv = csv(code, "สำนักงานนำเข้า");
        String token = Tokens.secretariat();

        Response first = as(token).header(KEY, key).contentType("text/csv").body(csv).when().post("/agencies/import");
        first.then().statusCode(200).body("created", equalTo(1)).header(REPLAYED, nullValue());
        // a second import of the file would report the agency unchanged; the retry gets the first report
        Response retry = as(token).header(KEY, key).contentType("text/csv").body(csv).when().post("/agencies/import");
        retry.then().statusCode(200).header(REPLAYED, equalTo("true")).body("created", equalTo(1)).body("unchanged", equalTo(0));
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, agenciesWithCode(code));

        // the dry-run flag is part of the request
        as(token).header(KEY, key).contentType("text/csv").body(csv).queryParam("dryRun", true).when().post("/agencies/import")
                .then().statusCode(422);
    }
}
