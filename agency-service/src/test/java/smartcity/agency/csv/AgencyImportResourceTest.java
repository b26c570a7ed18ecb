package smartcity.agency.csv;

import static smartcity.agency.Tokens.asSecretariat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static smartcity.agency.AgencyFixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgencyImportResourceTest {

    private static final String HEADER = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,address,phone,email,website\n";

    private static io.restassured.response.ValidatableResponse importCsv(String csv, boolean dryRun) {
        return asSecretariat().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun)
                .when().post("/agencies/import")
                .then();
    }

    @Test
    void importCreatesParentsBeforeChildrenThenUpdatesByCode() {
        String tag = uniqueCode("IMP");
        String csv = HEADER
                + tag + "-OFF,สำนักงานย่อย " + tag + ",Sub office,,PROVINCIAL_GOVERNMENT,,,"+ tag + "-PO,5001,,,,\n"
                + tag + "-PO,สำนักงานจังหวัด " + tag + ",\"Provincial Office, Chiang Mai\",สนจ.,PROVINCIAL_GOVERNMENT,,,,5001,\"ศาลากลาง, ถนนโชตนา\",053 112 345,,https://www.chiangmai.go.th\n"
                + tag + "-TM,เทศบาลตำบล " + tag + ",Subdistrict municipality,ทต.,LOCAL_ADMINISTRATION,SUBDISTRICT_MUNICIPALITY,,,5013,,,,\n";

        importCsv(csv, false).statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", equalTo(3))
                .body("rows.line", equalTo(List.of(2, 3, 4)))
                .body("rows.action", equalTo(List.of("CREATE", "CREATE", "CREATE")));

        String parentId = asSecretariat().queryParam("q", tag + "-PO").when().get("/agencies").then().extract().path("items[0].id");
        asSecretariat().queryParam("q", tag + "-OFF").when().get("/agencies")
                .then().body("items[0].parentId", equalTo(parentId));
        asSecretariat().queryParam("q", tag + "-PO").when().get("/agencies")
                .then().body("items[0].nameEn", equalTo("Provincial Office, Chiang Mai"))
                .body("items[0].address", equalTo("ศาลากลาง, ถนนโชตนา"));

        String changed = csv.replace("Subdistrict municipality", "Subdistrict Municipality (renamed)");
        importCsv(changed, false).statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(2))
                .body("rows.find { it.code == '" + tag + "-TM' }.action", equalTo("UPDATE"));
    }

    @Test
    void dryRunReportsAndWritesNothing() {
        String tag = uniqueCode("DRY");
        importCsv(HEADER + tag + ",สำนักงานลองดู,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n", true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(1))
                .body("rows[0].action", equalTo("CREATE"));
        asSecretariat().queryParam("q", tag).when().get("/agencies").then().body("items", empty());
    }

    @Test
    void aFileWithAnyErrorIsRefusedWholeWithEveryProblemByLine() {
        String tag = uniqueCode("BAD");
        String csv = HEADER
                + tag + "-OK,สำนักงานที่ถูกต้อง,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n"
                + tag + "-D,สำนักงานอำเภอผิด,,,PROVINCIAL_GOVERNMENT,,,,5099,,,,\n"
                + tag + "-OK,สำนักงานซ้ำ,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n"
                + tag + "-P,สำนักงานไม่มีแม่,,,PROVINCIAL_GOVERNMENT,,,NO-SUCH-PARENT,5001,,,,\n"
                + tag + "-T,สำนักงานประเภทผิด,,,GUILD,,,,5001,,,,\n"
                + tag + "-N,,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n"
                + tag + "-SHORT,สั้นไป\n"
                + tag + "-LONG," + "ก".repeat(301) + ",,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n";

        importCsv(csv, false).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("detail", containsString("nothing was imported"))
                .body("errors.line", hasItems(3, 4, 5, 6, 7, 8))
                .body("errors.find { it.line == 3 }.field", equalTo("district"))
                .body("errors.find { it.line == 4 }.message", equalTo("'" + tag + "-OK' appears already on line 2"))
                .body("errors.find { it.line == 5 }.field", equalTo("parentCode"))
                .body("errors.find { it.line == 6 }.field", equalTo("type"))
                .body("errors.find { it.line == 7 }.field", equalTo("nameTh"))
                .body("errors.find { it.line == 8 }.message", startsWith("has 2 fields"))
                .body("errors.find { it.line == 9 }.field", equalTo("nameTh"))
                .body("errors.find { it.line == 9 }.message", equalTo("size must be between 0 and 300"));
        asSecretariat().queryParam("q", tag).when().get("/agencies").then().body("items", empty());
    }

    @Test
    void parentsThatFormACycleAreRefused() {
        String tag = uniqueCode("CYC");
        String csv = HEADER
                + tag + "-A,หน่วยงาน ก,,,PROVINCIAL_GOVERNMENT,,,"+ tag + "-B,5001,,,,\n"
                + tag + "-B,หน่วยงาน ข,,,PROVINCIAL_GOVERNMENT,,,"+ tag + "-A,5001,,,,\n";
        importCsv(csv, false).statusCode(400)
                .body("errors.field", hasItems("parentCode"))
                .body("errors[0].message", containsString("cycle"));
        asSecretariat().queryParam("q", tag).when().get("/agencies").then().body("items", empty());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
        String tag = uniqueCode("ENC");
        String csv = HEADER + tag + ",สำนักงานภาษาไทย,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n";
        byte[] thaiWindowsEncoding = csv.getBytes(Charset.forName("x-windows-874"));
        asSecretariat().contentType("text/csv").body(thaiWindowsEncoding)
                .when().post("/agencies/import")
                .then().statusCode(400)
                .body("errors[0].line", equalTo(2))
                .body("errors[0].message", containsString("not UTF-8"));
        asSecretariat().queryParam("q", tag).when().get("/agencies").then().body("items", empty());
    }

    @Test
    void malformedCsvAndMissingColumnsAreRefused() {
        importCsv(HEADER + "X-1,\"unterminated,,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n", false)
                .statusCode(400).contentType("application/problem+json");
        importCsv("code,nameTh,colour\nX-2,ชื่อ,red\n", false)
                .statusCode(400)
                .body("errors.message", hasItems("the header has no column 'type'", "unknown column 'colour'"));
        importCsv("", false).statusCode(400).body("errors[0].message", containsString("empty"));
    }

    @Test
    void jsonBodyIsAnUnsupportedMediaType() {
        asSecretariat().contentType("application/json").body("{}")
                .when().post("/agencies/import")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void csvExportListsTheFilteredAgenciesWithAHeaderRow() {
        String tag = uniqueCode("EXP");
        importCsv(HEADER + tag + "-A,สำนักงานส่งออก " + tag + ",Export office,,PROVINCIAL_GOVERNMENT,,,,5003,,,,\n", false)
                .statusCode(200);
        String exported = asSecretariat().accept("text/csv").queryParam("q", tag).queryParam("district", "5003")
                .when().get("/agencies")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("agencies.csv"))
                .extract().asString();
        List<String> lines = exported.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals(2, lines.size(), exported);
        org.junit.jupiter.api.Assertions.assertEquals(HEADER.strip() + ",id,status", lines.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).startsWith(tag + "-A,สำนักงานส่งออก " + tag + ",Export office,,PROVINCIAL_GOVERNMENT,,,,5003,"), lines.get(1));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).endsWith(",ACTIVE"), lines.get(1));
    }

    @Test
    void exportedCsvImportsBackUnchanged() {
        String tag = uniqueCode("RT");
        String csv = HEADER
                // values a spreadsheet would take for a formula come back as they are: the import removes the
                // apostrophe the export puts before them
                + tag + "-PO,สำนักงานจังหวัด \"เชียงใหม่\" " + tag + ",\"Office, with comma\",,PROVINCIAL_GOVERNMENT,,,,5001,"
                + "- ศาลากลางจังหวัด,+66 53 112 345,,\n"
                + tag + "-TM,เทศบาลตำบลแม่แจ่ม " + tag + ",,ทต.,LOCAL_ADMINISTRATION,SUBDISTRICT_MUNICIPALITY,,"+ tag + "-PO,5003,,,,\n";
        String quoted = csv.replace("สำนักงานจังหวัด \"เชียงใหม่\" " + tag, "\"สำนักงานจังหวัด \"\"เชียงใหม่\"\" " + tag + "\"");
        importCsv(quoted, false).statusCode(200).body("created", equalTo(2));

        String exported = asSecretariat().accept("text/csv").queryParam("q", tag)
                .when().get("/agencies")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("code,nameTh,nameEn"))
                .extract().asString();

        asSecretariat().contentType("text/csv").body(exported.getBytes(StandardCharsets.UTF_8))
                .when().post("/agencies/import")
                .then().statusCode(200)
                .body("unchanged", equalTo(2))
                .body("created", equalTo(0))
                .body("updated", equalTo(0));
        asSecretariat().queryParam("q", tag + "-PO").when().get("/agencies")
                .then().body("items[0].nameTh", equalTo("สำนักงานจังหวัด \"เชียงใหม่\" " + tag))
                .body("items[0].address", equalTo("- ศาลากลางจังหวัด"))
                .body("items[0].phone", equalTo("+66 53 112 345"))
                .body("items[0].id", notNullValue());
    }

    @Test
    void theListIsJsonUnlessTheClientPrefersCsv() {
        String tag = uniqueCode("NEG");
        importCsv(HEADER + tag + ",สำนักงานเจรจา " + tag + ",,,PROVINCIAL_GOVERNMENT,,,,5001,,,,\n", false).statusCode(200);

        // no Accept, a bare wildcard, or both types equally: JSON, one page
        for (String accept : new String[] {null, "*/*", "application/json", "text/csv, application/json", "text/csv;q=0.5, application/json"}) {
            var request = asSecretariat().queryParam("q", tag);
            if (accept != null) {
                request = request.accept(accept);
            }
            request.when().get("/agencies").then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("items[0].code", equalTo(tag))
                    .body("totalItems", equalTo(1));
        }
        // CSV when the client prefers it, however it says so
        for (String accept : new String[] {"text/csv", "text/*", "text/csv, */*", "application/json;q=0.5, text/csv"}) {
            String exported = asSecretariat().accept(accept).queryParam("q", tag).when().get("/agencies")
                    .then().statusCode(200)
                    .contentType(equalTo("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", equalTo("attachment; filename=\"agencies.csv\""))
                    .extract().asString();
            List<String> lines = exported.lines().toList();
            org.junit.jupiter.api.Assertions.assertEquals(2, lines.size(), accept + ": " + exported);
            org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).startsWith(tag + ",สำนักงานเจรจา " + tag + ","), lines.get(1));
        }
        // neither: 406 as a problem
        asSecretariat().accept("application/xml").queryParam("q", tag).when().get("/agencies")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }
}
