package smartcity.agency;

import static smartcity.agency.Tokens.asSecretariat;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data for the registry: every agency gets a unique code, so tests never depend on each other. */
public final class AgencyFixtures {

    private AgencyFixtures() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Map<String, Object> provincialOffice(String code, String nameTh) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameTh", nameTh);
        body.put("nameEn", "Provincial office " + code);
        body.put("type", "PROVINCIAL_GOVERNMENT");
        body.put("district", "5001");
        return body;
    }

    /** Registers the agency and returns its id. */
    public static String register(Map<String, Object> body) {
        return asSecretariat().contentType(ContentType.JSON).body(body)
                .when().post("/agencies")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String registerOffice(String prefix) {
        String code = uniqueCode(prefix);
        return register(provincialOffice(code, "สำนักงานทดสอบ " + code));
    }
}
