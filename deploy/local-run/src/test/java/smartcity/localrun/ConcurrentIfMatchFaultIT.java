package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.localrun.FaultFixtures.AGENCY;
import static smartcity.localrun.FaultFixtures.COMMITTEE;
import static smartcity.localrun.FaultFixtures.agencyDetails;
import static smartcity.localrun.FaultFixtures.createAgency;
import static smartcity.localrun.FaultFixtures.feedEnd;
import static smartcity.localrun.FaultFixtures.json;
import static smartcity.localrun.FaultFixtures.newResolution;
import static smartcity.localrun.FaultFixtures.ok;
import static smartcity.localrun.FaultFixtures.unique;

import io.restassured.path.json.JsonPath;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import smartcity.localrun.FaultSuite.Answer;

/**
 * Fifty clients that read the same version of one record and all write it back at once, each with that version's ETag in
 * If-Match: exactly one write may win (200), the other 49 learn that the record moved on (412), and the record is the
 * winner's body as a whole, one version further, with one change recorded.
 */
@ExtendWith(FaultSuite.class)
class ConcurrentIfMatchFaultIT {

    private static final int WRITERS = 50;

    @Test
    void fiftySimultaneousReplacementsOfAnAgencyWithOneETagLeaveOneWinnerWholeAndGive412ToTheRest(FaultSuite.Running suite)
            throws Exception {
        String code = "FAULT-PUT-" + unique();
        String id = createAgency(suite, code);
        Answer before = ok(suite.get(AGENCY, "/agencies/" + id));
        long version = before.json().getLong("version");
        long feedBefore = feedEnd(suite, AGENCY, "/agencies/changes");

        // every writer changes every field it can, each to its own value, so that a mix of two bodies would show
        IntFunction<Map<String, Object>> body = writer -> {
            Map<String, Object> details = agencyDetails(code, "สำนักงานทดสอบ ฉบับที่ " + writer);
            details.put("nameEn", "Fault test office, version " + writer);
            details.put("abbreviation", "สทด." + writer);
            details.put("district", String.format("50%02d", 1 + writer % 25));
            details.put("address", "เลขที่ " + writer + " ถนนโชตนา");
            details.put("phone", String.format("053 100 %03d", writer));
            details.put("email", "writer" + writer + "@example.go.th");
            details.put("website", "https://writer" + writer + ".example.go.th");
            return details;
        };
        List<Answer> answers = raceFifty(writer -> suite.request(AGENCY, "PUT", "/agencies/" + id, json(body.apply(writer)))
                .header("If-Match", before.etag().orElseThrow()).build(), suite);

        int winner = exactlyOneWinnerTheRest412(answers);
        Map<String, Object> expected = new LinkedHashMap<>(body.apply(winner));
        expected.put("version", (int) version + 1);
        Answer after = ok(suite.get(AGENCY, "/agencies/" + id));
        assertEquals(expected, fields(after.json().getMap("$"), expected), "the stored agency is the winner's body, field for field");
        assertEquals("\"" + (version + 1) + "\"", after.etag().orElseThrow());
        assertEquals(expected, fields(answers.get(winner).json().getMap("$"), expected), "the winner was told what is stored");

        // one change in the history and one event in the change feed, carrying the winner's state
        assertEquals(2, ok(suite.get(AGENCY, "/agencies/" + id + "/history")).json().getInt("totalItems"));
        JsonPath feed = ok(suite.get(AGENCY, "/agencies/changes?limit=1000&after=" + feedBefore)).json();
        List<Map<String, Object>> events = feed.getList("items.findAll { it.id == '" + id + "' }");
        assertEquals(1, events.size(), () -> "change feed items for the agency: " + events);
        assertEquals("AGENCY_UPDATED", events.get(0).get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> published = (Map<String, Object>) events.get(0).get("data");
        assertEquals(expected, fields(published, expected), "the change feed carries the winner's state");
    }

    @Test
    void fiftySimultaneousFollowUpsOfAResolutionWithOneETagLeaveOneWinnerWholeAndGive412ToTheRest(FaultSuite.Running suite)
            throws Exception {
        String resolution = newResolution(suite, "FAULT-IFM-" + unique());
        Answer before = ok(suite.get(COMMITTEE, "/resolutions/" + resolution));
        long version = before.json().getLong("version");
        long feedBefore = feedEnd(suite, COMMITTEE, "/changes");

        IntFunction<Map<String, Object>> body = writer -> {
            Map<String, Object> followUp = new LinkedHashMap<>();
            followUp.put("followUp", writer % 2 == 0 ? "IN_PROGRESS" : "DROPPED");
            followUp.put("dueOn", java.time.LocalDate.of(2023, 2, 1).plusDays(writer).toString());
            followUp.put("noteTh", "บันทึกฉบับที่ " + writer);
            followUp.put("noteEn", "Note number " + writer);
            return followUp;
        };
        List<Answer> answers = raceFifty(writer -> suite.request(COMMITTEE, "PUT", "/resolutions/" + resolution + "/follow-up",
                json(body.apply(writer))).header("If-Match", before.etag().orElseThrow()).build(), suite);

        int winner = exactlyOneWinnerTheRest412(answers);
        Map<String, Object> expected = new LinkedHashMap<>(body.apply(winner));
        expected.put("version", (int) version + 1);
        Answer after = ok(suite.get(COMMITTEE, "/resolutions/" + resolution));
        assertEquals(expected, fields(after.json().getMap("$"), expected), "the stored follow-up is the winner's body, field for field");
        assertEquals("\"" + (version + 1) + "\"", after.etag().orElseThrow());
        assertEquals(expected, fields(answers.get(winner).json().getMap("$"), expected), "the winner was told what is stored");

        JsonPath feed = ok(suite.get(COMMITTEE, "/changes?limit=1000&after=" + feedBefore)).json();
        List<Map<String, Object>> changes = feed.getList("items.findAll { it.id == '" + resolution + "' }");
        assertEquals(1, changes.size(), () -> "change feed items for the resolution: " + changes);
        assertEquals("UPDATED", changes.get(0).get("change"));
    }

    /**
     * Sends the fifty requests from fifty threads released together, once every request is built and every thread
     * waits at the start line; returns the answers in writer order.
     */
    private static List<Answer> raceFifty(IntFunction<HttpRequest> request, FaultSuite.Running suite) throws Exception {
        List<HttpRequest> requests = IntStream.range(0, WRITERS).mapToObj(request).toList();
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> sent = new ArrayList<>();
            for (HttpRequest each : requests) {
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return suite.send(each);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all writers at the start line");
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : sent) {
                answers.add(answer.get(2 * FaultSuite.Running.CLIENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The representation's values of the expected fields only (server-owned timestamps and the like left out). */
    private static Map<String, Object> fields(Map<String, Object> representation, Map<String, Object> expected) {
        Map<String, Object> subset = new LinkedHashMap<>();
        expected.keySet().forEach(field -> subset.put(field, representation.get(field)));
        return subset;
    }

    /** Exactly one 200 and 49 precondition failures as problem documents; returns the winner's index. */
    private static int exactlyOneWinnerTheRest412(List<Answer> answers) {
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        answers.forEach(answer -> byStatus.merge(answer.status(), 1L, Long::sum));
        assertEquals(Map.of(200, 1L, 412, (long) WRITERS - 1), byStatus, () -> "statuses of the " + WRITERS + " writes: "
                + answers.stream().filter(answer -> answer.status() != 200 && answer.status() != 412).toList());
        for (Answer answer : answers) {
            if (answer.status() == 412) {
                assertTrue(answer.isProblem(), answer::toString);
                assertEquals("/problems/precondition-failed", answer.json().getString("type"));
            }
        }
        return IntStream.range(0, answers.size()).filter(i -> answers.get(i).status() == 200).findFirst().orElseThrow();
    }
}
