package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.localrun.FaultFixtures.AGENCY;
import static smartcity.localrun.FaultFixtures.COMMITTEE;
import static smartcity.localrun.FaultFixtures.createAgency;
import static smartcity.localrun.FaultFixtures.eventually;
import static smartcity.localrun.FaultFixtures.json;
import static smartcity.localrun.FaultFixtures.unique;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import smartcity.localrun.FaultSuite.Answer;

/**
 * agency-service frozen ({@code kill -STOP}) for five seconds, so that it accepts connections and answers nothing until
 * then, while committee-service takes two writes to the same committee at once: one that names an agency, which
 * committee-service confirms with agency-service (up to 2 s a try, three tries), and one that names none. The second must
 * not wait for the first: committee-service confirms agencies before it takes the row locks of its write, and holds no
 * lock while it waits for a neighbour. Twice: a seat added beside a seat that names an agency (both lock the committee),
 * and a person seated beside a restructuring that adds a seat naming an agency (both lock the committee's seats).
 */
@ExtendWith(FaultSuite.class)
class SlowAgencyServiceFaultIT {

    /** How long agency-service answers nothing: longer than two of committee-service's 2 s tries. */
    private static final Duration FROZEN_FOR = Duration.ofSeconds(5);
    /** The write that needs agency-service starts first; the other one follows once the first holds what it locks. */
    private static final Duration HEAD_START = Duration.ofMillis(500);
    /** The write that needs no agency-service is done within this, on this shared two-core machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    /** A slow write's first try alone takes 2 s ({@code @Timeout(2 s)}) while agency-service is frozen. */
    private static final Duration SLOW_AT_LEAST = Duration.ofMillis(1_900);
    /** The breaker may have opened on the timeouts; it lets a trial call through after 10 s. */
    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(30);

    @Test
    void aWriteWaitingForASlowAgencyServiceDoesNotHoldUpAnotherWriteToTheSameCommittee(FaultSuite.Running suite)
            throws Exception {
        String code = "FAULT-SLOW-" + unique();
        String agency = createAgency(suite, code);
        String committee = created(suite.send(COMMITTEE, "POST", "/committees", json(Map.of("code", code,
                "nameTh", "คณะทำงานทดสอบ " + code, "level", "PROVINCIAL")))).json().getString("id");
        String seat = created(suite.send(COMMITTEE, "POST", "/committees/" + committee + "/seats",
                appointedSeat("กรรมการ ที่นั่งเดิม"))).json().getString("id");
        String person = created(suite.send(COMMITTEE, "POST", "/people", json(Map.of("honorific", "นาง",
                "nameTh", "ผู้ทดสอบ " + code, "positionTh", "ผู้เชี่ยวชาญ")))).json().getString("id");
        String exOfficioSeat = json(Map.of("role", "MEMBER", "basis", "EX_OFFICIO", "titleTh", "กรรมการ โดยตำแหน่ง",
                "positionTh", "หัวหน้าสำนักงานทดสอบ " + code, "agencyId", agency));
        String restructuring = json(Map.of("effectiveDate", "2023-02-01",
                "addSeats", List.of(Map.of("key", "new", "seat", Map.of("role", "MEMBER", "basis", "EX_OFFICIO",
                        "titleTh", "กรรมการ โดยตำแหน่ง ใหม่", "positionTh", "ผู้อำนวยการทดสอบ " + code, "agencyId", agency)))));

        // both lock the committee's row
        Race seats = race(suite,
                () -> suite.send(COMMITTEE, "POST", "/committees/" + committee + "/seats", exOfficioSeat),
                () -> suite.send(COMMITTEE, "POST", "/committees/" + committee + "/seats", appointedSeat("กรรมการ ที่นั่งใหม่")));
        assertEquals(201, seats.prompt().status(), () -> "the seat that names no agency: " + seats.prompt());
        seats.assertPromptAndSlow("adding a seat");
        awaitAgencyServiceConfirmingAgain(suite, committee, restructuring);

        // a restructuring locks all the committee's seats; seating a person locks one of them
        Race restructure = race(suite,
                () -> suite.send(COMMITTEE, "POST", "/committees/" + committee + "/restructurings", restructuring),
                () -> suite.send(COMMITTEE, "POST", "/committees/" + committee + "/memberships",
                        json(Map.of("seatId", seat, "personId", person, "startDate", "2023-01-16"))));
        assertEquals(201, restructure.prompt().status(), () -> "seating a person: " + restructure.prompt());
        assertEquals(person, restructure.prompt().json().getString("personId"));
        restructure.assertPromptAndSlow("restructuring");
        awaitAgencyServiceConfirmingAgain(suite, committee, restructuring);
    }

    /** The two answers of a race, and how long each took from the moment agency-service froze. */
    private record Race(Answer slow, Duration slowDone, Answer prompt, Duration promptDone) {

        void assertPromptAndSlow(String what) {
            System.out.printf("%s with agency-service frozen: the write that names an agency answered %d after %d ms, "
                    + "the one that does not %d after %d ms (%d ms itself)%n", what, slow.status(), slowDone.toMillis(),
                    prompt.status(), promptDone.toMillis(), prompt.elapsed().toMillis());
            assertTrue(slow.status() == 201 || slow.status() == 200 || slow.status() == 503,
                    () -> "the write that names an agency succeeds late, or is a 503: " + slow);
            assertTrue(slow.elapsed().compareTo(SLOW_AT_LEAST) >= 0,
                    () -> "the write that names an agency waited for agency-service: " + slow);
            assertTrue(prompt.elapsed().compareTo(PROMPTLY) < 0,
                    () -> "the write that needs no agency-service was not held up by the one waiting for it: " + prompt
                            + "; the other answered after " + slowDone.toMillis() + " ms: " + slow);
            assertTrue(promptDone.compareTo(slowDone) < 0,
                    () -> "the write that needs no agency-service answered first: " + prompt + " / " + slow);
        }
    }

    /**
     * Freezes agency-service, starts the slow write, then the prompt one a moment later, and lets agency-service go on
     * after {@link #FROZEN_FOR} whatever happens.
     */
    private static Race race(FaultSuite.Running suite, Supplier<Answer> slow, Supplier<Answer> prompt) throws Exception {
        long pid = suite.pid(AGENCY);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long frozenAt = System.nanoTime();
        signal("STOP", pid);
        try {
            CompletableFuture<Timed> slowAnswer = CompletableFuture.supplyAsync(() -> timed(slow, frozenAt), pool);
            Thread.sleep(HEAD_START.toMillis());
            CompletableFuture<Timed> promptAnswer = CompletableFuture.supplyAsync(() -> timed(prompt, frozenAt), pool);
            Thread.sleep(Math.max(0, FROZEN_FOR.toMillis() - (System.nanoTime() - frozenAt) / 1_000_000));
            signal("CONT", pid);
            Timed promptDone = promptAnswer.get(90, TimeUnit.SECONDS);
            Timed slowDone = slowAnswer.get(90, TimeUnit.SECONDS);
            return new Race(slowDone.answer(), slowDone.done(), promptDone.answer(), promptDone.done());
        } finally {
            signal("CONT", pid);
            pool.shutdownNow();
        }
    }

    private record Timed(Answer answer, Duration done) {
    }

    private static Timed timed(Supplier<Answer> write, long since) {
        Answer answer = write.get();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - since));
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, () -> "kill -" + signal + " " + pid);
    }

    /**
     * The timeouts may have opened the breaker: wait until a dry-run restructuring naming the agency is confirmed again
     * (it writes nothing), so that the next race and the next test find agency-service confirming as before.
     */
    private static void awaitAgencyServiceConfirmingAgain(FaultSuite.Running suite, String committee, String restructuring)
            throws InterruptedException {
        eventually(RECOVERY_WITHIN, Duration.ofSeconds(1), "committee-service confirming agencies again", () -> {
            Answer answer = suite.send(COMMITTEE, "POST", "/committees/" + committee + "/restructurings?dryRun=true",
                    restructuring);
            return answer.status() == 200 ? Optional.of(answer) : Optional.empty();
        });
    }

    private static String appointedSeat(String titleTh) {
        return json(Map.of("role", "MEMBER", "basis", "APPOINTED", "titleTh", titleTh));
    }

    private static Answer created(Answer answer) {
        assertEquals(201, answer.status(), () -> "expected 201: " + answer);
        return answer;
    }
}
