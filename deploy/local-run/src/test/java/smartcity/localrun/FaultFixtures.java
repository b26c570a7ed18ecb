package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import smartcity.localrun.FaultSuite.Answer;

/** What the fault tests arrange through the public APIs, and the waits they share. */
final class FaultFixtures {

    static final String AGENCY = "agency-service";
    static final String COMMITTEE = "committee-service";
    static final String REPORTING = "reporting-service";

    /** The demo scenario's committee and the eight dimensions of its framework (see scenario/steps.tsv). */
    static final String DEMO_COMMITTEE = "CM-SMART-CITY";
    static final List<String> DEMO_DIMENSIONS = List.of("SMART_LIVING", "SMART_PEOPLE", "SMART_ENERGY", "SMART_MOBILITY",
            "SMART_ECONOMY", "SMART_ENVIRONMENT", "SMART_GOVERNANCE", "TRADE_INVESTMENT");

    private static final ObjectMapper JSON = new ObjectMapper();

    private FaultFixtures() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A short unique suffix for business codes, so that every test arranges its own data. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The fields of a provincial government agency, ready to send as POST /agencies or PUT /agencies/{id}. */
    static Map<String, Object> agencyDetails(String code, String nameTh) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("nameTh", nameTh);
        details.put("nameEn", "Fault test office " + code);
        details.put("type", "PROVINCIAL_GOVERNMENT");
        details.put("district", "5001");
        return details;
    }

    /** Registers an agency; returns its id. */
    static String createAgency(FaultSuite.Running suite, String code) {
        Answer created = suite.send(AGENCY, "POST", "/agencies", json(agencyDetails(code, "สำนักงานทดสอบ " + code)));
        assertEquals(201, created.status(), () -> "creating agency " + code + ": " + created);
        return created.json().getString("id");
    }

    static String demoCommitteeId(FaultSuite.Running suite) {
        Answer committees = ok(suite.get(COMMITTEE, "/committees?size=200"));
        return committees.json().getString("items.find { it.code == '" + DEMO_COMMITTEE + "' }.id");
    }

    static String dimensionId(FaultSuite.Running suite, String code) {
        return ok(suite.get(COMMITTEE, "/dimensions?size=200")).json().getString("items.find { it.code == '" + code + "' }.id");
    }

    /** A meeting of the demo committee with one resolution of its own, for a test that changes its follow-up. */
    static String newResolution(FaultSuite.Running suite, String label) {
        String chair = ok(suite.get(COMMITTEE, "/people?size=200")).json().getString("items[0].id");
        Answer meeting = suite.send(COMMITTEE, "POST", "/committees/" + demoCommitteeId(suite) + "/meetings",
                json(Map.of("heldOn", "2023-01-16", "placeTh", "ห้องประชุมทดสอบ " + label, "chairPersonId", chair)));
        assertEquals(201, meeting.status(), () -> "recording a meeting: " + meeting);
        Answer resolution = suite.send(COMMITTEE, "POST", "/meetings/" + meeting.json().getString("id") + "/resolutions",
                json(Map.of("kind", "OTHER", "textTh", "มติทดสอบ " + label, "textEn", "Test resolution " + label)));
        assertEquals(201, resolution.status(), () -> "recording a resolution: " + resolution);
        return resolution.json().getString("id");
    }

    /** The cursor after the last change of a feed (agency-service's /agencies/changes or committee-service's /changes). */
    static long feedEnd(FaultSuite.Running suite, String service, String path) {
        long end = 0;
        while (true) {
            String next = ok(suite.get(service, path + "?after=" + end + "&limit=1000")).json().getString("next");
            if (Long.parseLong(next) == end) {
                return end;
            }
            end = Long.parseLong(next);
        }
    }

    /** Every agency agency-service has, read through its paged list (200 a page, the documented maximum). */
    static List<Map<String, Object>> allAgencies(FaultSuite.Running suite) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath json = ok(suite.get(AGENCY, "/agencies?sort=code&size=200&page=" + page)).json();
            all.addAll(json.getList("items"));
            if (page + 1 >= json.getInt("totalPages")) {
                return all;
            }
        }
    }

    static Answer ok(Answer answer) {
        assertEquals(200, answer.status(), () -> "expected 200: " + answer);
        return answer;
    }

    /**
     * Polls until the condition holds, at most {@code within}: for what the services do by themselves in the background
     * (a feed follower's next round, a circuit breaker's half-open). Returns the last value that satisfied it.
     */
    static <T> T eventually(Duration within, Duration every, String what, Supplier<Optional<T>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + within.toSeconds() + " s");
            }
            Thread.sleep(every.toMillis());
        }
    }
}
