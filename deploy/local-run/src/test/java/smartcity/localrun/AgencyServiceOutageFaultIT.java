package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.localrun.FaultFixtures.AGENCY;
import static smartcity.localrun.FaultFixtures.COMMITTEE;
import static smartcity.localrun.FaultFixtures.DEMO_DIMENSIONS;
import static smartcity.localrun.FaultFixtures.createAgency;
import static smartcity.localrun.FaultFixtures.demoCommitteeId;
import static smartcity.localrun.FaultFixtures.dimensionId;
import static smartcity.localrun.FaultFixtures.eventually;
import static smartcity.localrun.FaultFixtures.feedEnd;
import static smartcity.localrun.FaultFixtures.json;
import static smartcity.localrun.FaultFixtures.newResolution;
import static smartcity.localrun.FaultFixtures.ok;
import static smartcity.localrun.FaultFixtures.unique;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import smartcity.localrun.FaultSuite.Answer;

/**
 * agency-service stopped while committee-service is asked for writes that name agencies. committee-service confirms
 * every such agency with agency-service before it writes (AgencyDirectory.confirm, whatever its local copy holds), so
 * each of those writes must fail fast with a 503 problem and write nothing, its reads must go on from its own data, and
 * once agency-service is back the same writes must succeed with nobody resetting anything.
 */
@ExtendWith(FaultSuite.class)
class AgencyServiceOutageFaultIT {

    /**
     * The longest a confirmation can take before committee-service gives up (GuardedAgencyCalls.agency): 3 attempts
     * ({@code @Retry(maxRetries = 2)}) of at most 2 s each ({@code @Timeout(2 s)}, the REST client's read timeout is
     * 2 s too) with 100 ms between them. A stopped neighbour refuses connections at once, so this is a ceiling.
     */
    private static final Duration CONFIRMATION_CEILING = Duration.ofMillis(3 * 2_000 + 2 * 100);
    /** For this shared two-core machine: scheduling, the request's own database work, the HTTP exchange itself. */
    private static final Duration MARGIN = Duration.ofSeconds(2);
    /**
     * The breaker opens for 10 s ({@code @CircuitBreaker(delay = 10 s)}) and then lets a trial call through; three times
     * that allows for a slow first call after agency-service's restart.
     */
    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(30);

    @Test
    void writesNamingAgenciesFailFastWith503AndWriteNothingWhileReadsGoOnAndSucceedOnceAgencyServiceIsBack(
            FaultSuite.Running suite) throws Exception {
        String code = "FAULT-OUT-" + unique();
        String agency = createAgency(suite, code);
        String resolution = newResolution(suite, code);
        String personName = "ผู้ทดสอบ " + code;
        Answer resolutionBefore = ok(suite.get(COMMITTEE, "/resolutions/" + resolution));
        String etag = resolutionBefore.etag().orElseThrow();
        String assignment = json(Map.of("dimensionId", dimensionId(suite, "SMART_ECONOMY"), "agencyId", agency,
                "role", "SUPPORTING", "startDate", "2023-01-16", "basis", "fault test " + code));
        String person = json(Map.of("honorific", "นาย", "nameTh", personName, "positionTh", "หัวหน้าสำนักงาน", "agencyId", agency));
        String followUp = json(Map.of("followUp", "IN_PROGRESS", "responsibleAgencyId", agency, "dueOn", "2023-09-30"));
        List<Supplier<Answer>> writes = List.of(
                () -> suite.send(COMMITTEE, "POST", "/assignments", assignment),
                () -> suite.send(COMMITTEE, "POST", "/people", person),
                () -> suite.send(suite.request(COMMITTEE, "PUT", "/resolutions/" + resolution + "/follow-up", followUp)
                        .header("If-Match", etag).build()));
        long committeeRevisions = feedEnd(suite, COMMITTEE, "/changes");

        suite.stopService(AGENCY);
        try {
            // twice over: the first calls find agency-service refusing connections, the later ones an open breaker
            List<Answer> refused = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                writes.forEach(write -> refused.add(write.get()));
            }
            for (Answer answer : refused) {
                assertEquals(503, answer.status(), () -> "a write that needs agency-service: " + answer);
                assertTrue(answer.isProblem(), () -> "a problem document: " + answer);
                assertEquals("/problems/service-unavailable", answer.json().getString("type"));
                assertTrue(answer.retryAfter().isPresent(), () -> "Retry-After says when to try again: " + answer);
                assertTrue(answer.elapsed().compareTo(CONFIRMATION_CEILING.plus(MARGIN)) < 0,
                        () -> "answered within the confirmation's ceiling " + CONFIRMATION_CEILING.toMillis() + " ms + "
                                + MARGIN.toMillis() + " ms: " + answer);
            }
            System.out.printf("agency-service down: %d writes refused, the slowest in %d ms%n", refused.size(),
                    refused.stream().mapToLong(answer -> answer.elapsed().toMillis()).max().orElseThrow());

            // nothing was written: no assignment, no person, the follow-up as it was, no revision in the change feed
            assertEquals(List.of(), ok(suite.get(COMMITTEE, "/assignments?agencyId=" + agency)).json().getList("items"));
            assertEquals(0, peopleNamed(suite, personName));
            Answer resolutionDuring = ok(suite.get(COMMITTEE, "/resolutions/" + resolution));
            assertEquals(etag, resolutionDuring.etag().orElseThrow());
            assertEquals("OPEN", resolutionDuring.json().getString("followUp"));
            assertEquals(committeeRevisions, feedEnd(suite, COMMITTEE, "/changes"));

            readsAnswerFromCommitteeServicesOwnData(suite);
        } finally {
            suite.startServiceAgain(AGENCY);
        }

        // the breaker half-opens by itself: the same write goes through, with no restart or reset of committee-service
        List<Answer> whileRecovering = new ArrayList<>();
        Answer assigned = eventually(RECOVERY_WITHIN, Duration.ofSeconds(1), "the assignment succeeding after agency-service's return",
                () -> {
                    Answer answer = suite.send(COMMITTEE, "POST", "/assignments", assignment);
                    whileRecovering.add(answer);
                    return answer.status() == 201 ? Optional.of(answer) : Optional.empty();
                });
        whileRecovering.remove(assigned);
        for (Answer answer : whileRecovering) {
            assertEquals(503, answer.status(), () -> "until the breaker lets calls through again: " + answer);
        }
        assertEquals(agency, assigned.json().getString("agencyId"));
        assertEquals(201, writes.get(1).get().status());
        Answer followedUp = writes.get(2).get();
        assertEquals(200, followedUp.status(), followedUp::toString);
        assertEquals("IN_PROGRESS", followedUp.json().getString("followUp"));
        assertEquals(agency, followedUp.json().getString("responsibleAgencyId"));

        // exactly once each, despite the refused attempts before
        assertEquals(1, ok(suite.get(COMMITTEE, "/assignments?agencyId=" + agency)).json().getList("items").size());
        assertEquals(1, peopleNamed(suite, personName));
    }

    /** The dimensions, the roster and the responsibility matrix, as the demo scenario made them. */
    private static void readsAnswerFromCommitteeServicesOwnData(FaultSuite.Running suite) {
        JsonPath dimensions = ok(suite.get(COMMITTEE, "/dimensions?active=true&size=200")).json();
        assertTrue(dimensions.getList("items.code").containsAll(DEMO_DIMENSIONS), () -> "the framework: " + dimensions.prettify());

        JsonPath roster = ok(suite.get(COMMITTEE, "/committees/" + demoCommitteeId(suite) + "/roster?asOf=2022-07-01")).json();
        assertEquals(7, roster.getInt("seats"));
        assertEquals(7, roster.getInt("filled"));
        assertEquals(0, roster.getInt("vacant"));

        JsonPath matrix = ok(suite.get(COMMITTEE, "/responsibility-matrix?asOf=2022-06-06")).json();
        assertEquals(List.of(), matrix.getList("gaps"));
        assertEquals(DEMO_DIMENSIONS, matrix.getList("dimensions.code"));
        List<String> leads = matrix.getList("dimensions.lead.agencyNameTh");
        assertFalse(leads.contains(null), () -> "every lead named from the local copy: " + leads);
    }

    private static int peopleNamed(FaultSuite.Running suite, String name) {
        return ok(suite.get(COMMITTEE, "/people?size=200&q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .json().getInt("totalItems");
    }
}
