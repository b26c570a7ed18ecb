package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.localrun.FaultFixtures.AGENCY;
import static smartcity.localrun.FaultFixtures.COMMITTEE;
import static smartcity.localrun.FaultFixtures.REPORTING;
import static smartcity.localrun.FaultFixtures.agencyDetails;
import static smartcity.localrun.FaultFixtures.eventually;
import static smartcity.localrun.FaultFixtures.feedEnd;
import static smartcity.localrun.FaultFixtures.json;
import static smartcity.localrun.FaultFixtures.ok;
import static smartcity.localrun.FaultFixtures.unique;

import io.restassured.path.json.JsonPath;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import smartcity.localrun.FaultSuite.Answer;

/**
 * The database restarted while the three services are under load (writes and reads from several threads): each service
 * reports itself not ready while the database is gone and ready again after it is back, without being restarted; no
 * request hangs, each answers either as usual or with a 503 problem; and no write that was acknowledged is lost, while
 * a write that failed is either absent or wholly there.
 */
@ExtendWith(FaultSuite.class)
class DatabaseRestartFaultIT {

    private static final List<String> SERVICES = List.of(AGENCY, COMMITTEE, REPORTING);

    /**
     * The longest a request may wait on a database that is not there, from the services' application.properties: the
     * connection pool's acquisition timeout (5 s) plus the JDBC connect timeout (5 s) of the attempt to open a
     * connection, plus 2 s for this shared two-core machine. The 30 s JDBC socket timeout is for a database that hangs;
     * a stopped one closes its sockets.
     */
    private static final Duration REQUEST_CEILING = Duration.ofSeconds(5 + 5 + 2);
    /** How long the database stays away once every service has noticed: long enough for the pool's waits to run out. */
    private static final Duration OUTAGE = Duration.ofSeconds(6);

    /** One request of the load and what it gave. */
    private record Sent(String kind, String key, Map<String, Object> body, Instant at, Answer answer) {

        boolean acknowledged() {
            return answer.status() / 100 == 2;
        }
    }

    @Test
    void servicesReportNotReadyAnswer503WithoutHangingAndLoseNoAcknowledgedWriteWhileTheDatabaseRestarts(
            FaultSuite.Running suite) throws Exception {
        Map<String, Long> pids = new LinkedHashMap<>();
        SERVICES.forEach(service -> pids.put(service, suite.pid(service)));
        long agencyFeedBefore = feedEnd(suite, AGENCY, "/agencies/changes");
        String run = unique();

        Queue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(6);
        List<Future<?>> workers = new ArrayList<>();
        AtomicInteger sequence = new AtomicInteger();
        // two agency writers, a committee writer, a reporting writer, two readers of all three services
        for (int writer = 0; writer < 2; writer++) {
            workers.add(load.submit(loop(stop, () -> {
                // ends in Z: no code is part of another, as the list's q filter matches text anywhere
                String code = "DBR-" + run + "-" + sequence.incrementAndGet() + "Z";
                Map<String, Object> body = agencyDetails(code, "สำนักงานทดสอบ " + code);
                sent.add(new Sent("agency", code, body, Instant.now(), suite.send(AGENCY, "POST", "/agencies", json(body))));
            })));
        }
        workers.add(load.submit(loop(stop, () -> {
            String name = "Fault person " + run + "-" + sequence.incrementAndGet() + "Z";
            Map<String, Object> body = Map.of("honorific", "นาย", "nameTh", "ผู้ทดสอบ " + name, "nameEn", name);
            sent.add(new Sent("person", name, body, Instant.now(), suite.send(COMMITTEE, "POST", "/people", json(body))));
        })));
        workers.add(load.submit(loop(stop, () -> {
            String code = "DBR-" + run + "-" + sequence.incrementAndGet();
            Map<String, Object> body = Map.of("code", code, "titleTh", "สำรวจทดสอบ " + code, "periodStart", "2022-10-01",
                    "periodEnd", "2023-09-30", "opensOn", "2023-04-01", "closesOn", "2023-05-31");
            sent.add(new Sent("round", code, body, Instant.now(), suite.send(REPORTING, "POST", "/survey-rounds", json(body))));
        })));
        List<String> reads = List.of("agency-service /agencies?size=20", "committee-service /dimensions?size=50",
                "reporting-service /survey-rounds?size=20", "committee-service /people?size=20");
        for (int reader = 0; reader < 2; reader++) {
            AtomicInteger next = new AtomicInteger(reader);
            workers.add(load.submit(loop(stop, () -> {
                String[] read = reads.get(next.getAndIncrement() % reads.size()).split(" ");
                sent.add(new Sent("read", read[1], null, Instant.now(), suite.get(read[0], read[1])));
            })));
        }

        Map<String, List<Answer>> readiness = new LinkedHashMap<>();
        SERVICES.forEach(service -> readiness.put(service, new ArrayList<>()));
        Instant stopped;
        Instant restarted;
        try {
            try {
                Thread.sleep(2_000);
                Instant stopping = Instant.now();
                suite.stopDatabase();
                stopped = Instant.now();
                System.out.printf("database restart: the server took %d ms to shut down%n", Duration.between(stopping, stopped).toMillis());
                for (String service : SERVICES) {
                    eventually(Duration.ofSeconds(30), Duration.ofMillis(250), service + " reporting itself not ready",
                            () -> ready(suite, service, readiness).status() == 503 ? Optional.of(true) : Optional.empty());
                    System.out.printf("database restart: %s not ready %d ms after the database stopped%n", service,
                            Duration.between(stopped, Instant.now()).toMillis());
                }
                Thread.sleep(OUTAGE.toMillis());
            } finally {
                if (!suite.databaseRunning()) {
                    suite.startDatabaseAgain();
                }
            }
            restarted = Instant.now();
            for (String service : SERVICES) {
                eventually(Duration.ofSeconds(60), Duration.ofMillis(250), service + " reporting itself ready again",
                        () -> ready(suite, service, readiness).status() == 200 ? Optional.of(true) : Optional.empty());
                System.out.printf("database restart: %s ready again %d ms after the database started%n", service,
                        Duration.between(restarted, Instant.now()).toMillis());
            }
            // every kind of write goes through again by itself, with no restart of any service
            for (String kind : List.of("agency", "person", "round")) {
                eventually(Duration.ofSeconds(30), Duration.ofMillis(250), kind + " writes succeeding after the restart",
                        () -> sent.stream().anyMatch(s -> s.kind().equals(kind) && s.at().isAfter(restarted) && s.acknowledged())
                                ? Optional.of(true) : Optional.empty());
            }
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(2 * FaultSuite.Running.CLIENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            stop.set(true);
            load.shutdownNow();
        }

        SERVICES.forEach(service -> assertEquals(pids.get(service), suite.pid(service), service + " was not restarted"));
        everyAnswerWasUsualOrA503ProblemWithinTheCeiling(sent, readiness, stopped, restarted);
        acknowledgedWritesAreThereAndFailedOnesAbsentOrWhole(suite, sent, agencyFeedBefore);
    }

    private static void everyAnswerWasUsualOrA503ProblemWithinTheCeiling(Queue<Sent> sent, Map<String, List<Answer>> readiness,
            Instant stopped, Instant restarted) {
        List<Sent> unexpected = sent.stream().filter(s -> s.answer().status() != 503 && !s.acknowledged()).toList();
        assertEquals(List.of(), unexpected, "answers other than success or 503");
        for (Sent each : sent) {
            if (each.answer().status() == 503) {
                assertTrue(each.answer().isProblem(), () -> "a 503 is a problem document: " + each);
                assertTrue(each.answer().retryAfter().isPresent(), () -> "a 503 says when to retry: " + each);
            }
        }
        List<Answer> all = new ArrayList<>(sent.stream().map(Sent::answer).toList());
        readiness.values().forEach(all::addAll);
        Answer slowest = all.stream().max((a, b) -> a.elapsed().compareTo(b.elapsed())).orElseThrow();
        Map<String, Long> outcomes = sent.stream().collect(Collectors.groupingBy(s -> (s.at().isBefore(stopped) ? "1 before "
                        : s.at().isBefore(restarted) ? "2 during " : "3 after ") + s.kind() + " " + s.answer().status(),
                java.util.TreeMap::new, Collectors.counting()));
        System.out.printf("database restart under load: %d requests %s, database away for %d ms, the slowest answer in %d ms%n",
                sent.size(), outcomes, Duration.between(stopped, restarted).toMillis(), slowest.elapsed().toMillis());
        assertTrue(slowest.elapsed().compareTo(REQUEST_CEILING) < 0,
                () -> "every request answered within " + REQUEST_CEILING.toSeconds() + " s; the slowest: " + slowest);
        assertTrue(sent.stream().anyMatch(s -> s.answer().status() == 503 && s.at().isAfter(stopped) && s.at().isBefore(restarted)),
                "the load met the outage");
    }

    private static void acknowledgedWritesAreThereAndFailedOnesAbsentOrWhole(FaultSuite.Running suite, Queue<Sent> sent,
            long agencyFeedBefore) {
        // agencies: an acknowledged one is readable as sent; a failed one is absent, or there with its creation event
        Map<String, String> storedAgencies = new HashMap<>();
        for (Sent agency : sent.stream().filter(s -> s.kind().equals("agency")).toList()) {
            List<Map<String, Object>> found = ok(suite.get(AGENCY, "/agencies?size=200&q=" + agency.key())).json()
                    .getList("items.findAll { it.code == '" + agency.key() + "' }");
            int count = found.size();
            if (agency.acknowledged()) {
                assertEquals(1, count, () -> "acknowledged agency " + agency.key() + " is there");
                assertEquals(agency.answer().json().getString("id"), found.get(0).get("id"));
            } else {
                assertTrue(count <= 1, () -> "failed agency " + agency.key() + " is there at most once");
            }
            if (count == 1) {
                Map<String, Object> stored = found.get(0);
                agency.body().forEach((field, value) -> assertEquals(value, stored.get(field), agency.key() + " " + field));
                String id = (String) stored.get("id");
                assertEquals(1, ok(suite.get(AGENCY, "/agencies/" + id + "/history")).json().getInt("totalItems"),
                        () -> agency.key() + " has its creation in its history");
                storedAgencies.put(agency.key(), id);
            }
        }
        // ... and the change feed announces exactly the agencies that are there, each once
        JsonPath feed = ok(suite.get(AGENCY, "/agencies/changes?limit=1000&after=" + agencyFeedBefore)).json();
        List<String> announced = feed.getList("items.findAll { it.type == 'AGENCY_CREATED' }.data.code");
        Set<String> ours = sent.stream().filter(s -> s.kind().equals("agency")).map(Sent::key).collect(Collectors.toSet());
        List<String> announcedOurs = announced.stream().filter(ours::contains).sorted().toList();
        assertEquals(storedAgencies.keySet().stream().sorted().toList(), announcedOurs, "created agencies in the change feed");

        for (Sent person : sent.stream().filter(s -> s.kind().equals("person")).toList()) {
            List<Map<String, Object>> found = ok(suite.get(COMMITTEE, "/people?size=200&q="
                    + java.net.URLEncoder.encode(person.key(), java.nio.charset.StandardCharsets.UTF_8))).json()
                    .getList("items.findAll { it.nameEn == '" + person.key() + "' }");
            int count = found.size();
            assertTrue(person.acknowledged() ? count == 1 : count <= 1, () -> person.key() + " is there " + count + " times");
            if (count == 1) {
                assertEquals(person.body().get("nameTh"), found.get(0).get("nameTh"));
                if (person.acknowledged()) {
                    assertEquals(person.answer().json().getString("id"), found.get(0).get("id"));
                }
            }
        }

        Map<String, Map<String, Object>> rounds = allRounds(suite);
        for (Sent round : sent.stream().filter(s -> s.kind().equals("round")).toList()) {
            Map<String, Object> stored = rounds.get(round.key());
            if (round.acknowledged()) {
                assertTrue(stored != null, () -> "acknowledged survey round " + round.key() + " is there");
                assertEquals(round.answer().json().getString("id"), stored.get("id"));
            }
            if (stored != null) {
                round.body().forEach((field, value) -> assertEquals(value, stored.get(field), round.key() + " " + field));
            }
        }
    }

    private static Map<String, Map<String, Object>> allRounds(FaultSuite.Running suite) {
        Map<String, Map<String, Object>> rounds = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath json = ok(suite.get(REPORTING, "/survey-rounds?size=200&page=" + page)).json();
            List<Map<String, Object>> items = json.getList("items");
            items.forEach(round -> assertEquals(null, rounds.put((String) round.get("code"), round), "each round once"));
            if (page + 1 >= json.getInt("totalPages")) {
                return rounds;
            }
        }
    }

    private static Answer ready(FaultSuite.Running suite, String service, Map<String, List<Answer>> readiness) {
        Answer answer = suite.send(HttpRequest.newBuilder(suite.managementUri(service).resolve("/q/health/ready"))
                .timeout(FaultSuite.Running.CLIENT_TIMEOUT).GET().build());
        readiness.get(service).add(answer);
        return answer;
    }

    /** Repeats the request until told to stop, a short pause between, so that the load does not starve the machine. */
    private static Runnable loop(AtomicBoolean stop, Runnable request) {
        return () -> {
            while (!stop.get()) {
                request.run();
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }
}
