package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static smartcity.localrun.FaultFixtures.AGENCY;
import static smartcity.localrun.FaultFixtures.COMMITTEE;
import static smartcity.localrun.FaultFixtures.REPORTING;
import static smartcity.localrun.FaultFixtures.agencyDetails;
import static smartcity.localrun.FaultFixtures.allAgencies;
import static smartcity.localrun.FaultFixtures.dimensionId;
import static smartcity.localrun.FaultFixtures.eventually;
import static smartcity.localrun.FaultFixtures.feedEnd;
import static smartcity.localrun.FaultFixtures.json;
import static smartcity.localrun.FaultFixtures.ok;
import static smartcity.localrun.FaultFixtures.unique;

import io.restassured.path.json.JsonPath;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import smartcity.localrun.FaultSuite.Answer;

/**
 * The two consumers of agency-service's change feed (reporting-service and committee-service) killed with SIGKILL while
 * they are catching up on a few thousand imported agencies, more changes made while they are down, then restarted: each
 * must resume from the cursor it committed and converge on exactly agency-service's state, no agency missing, none twice,
 * none stale. Checked three ways: each copy row by row against agency-service's own list, a new survey round's
 * participation report against figures computed from that list, and committee-service's view of dissolved and merged
 * agencies.
 */
@ExtendWith(FaultSuite.class)
class FeedConsumerKillFaultIT {

    /** Three imports of this many: one transaction each, so the feed grows by a thousand events at a time. */
    private static final int PER_IMPORT = 1_000;
    private static final int IMPORTS = 3;
    private static final List<String> TYPES = List.of("PROVINCIAL_GOVERNMENT", "CENTRAL_GOVERNMENT", "STATE_ENTERPRISE",
            "PUBLIC_ORGANIZATION", "EDUCATIONAL_INSTITUTION", "PRIVATE_SECTOR", "OTHER", "LOCAL_ADMINISTRATION");
    private static final List<String> LOCAL_KINDS = List.of("CITY_MUNICIPALITY", "TOWN_MUNICIPALITY",
            "SUBDISTRICT_MUNICIPALITY", "SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION");
    private static final String CSV_HEADER = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,"
            + "address,phone,email,website";
    private static final Map<String, String> CONSUMER_DATABASES = Map.of(REPORTING, "reporting", COMMITTEE, "committee");
    /** Both followers read the feed every 5 s; a few thousand events take them some pages each on this machine. */
    private static final Duration CATCH_UP_WITHIN = Duration.ofSeconds(120);

    @Test
    void feedConsumersKilledMidStreamAndRestartedConvergeOnExactlyTheSourceState(FaultSuite.Running suite) throws Exception {
        String run = unique();
        Map<String, Long> before = positions(suite);

        // a few thousand agencies: a varied mix of types, local kinds and districts, so that every breakdown counts
        Instant importing = Instant.now();
        for (int i = 0; i < IMPORTS; i++) {
            Answer imported = suite.send(suite.request(AGENCY, "POST", "/agencies/import", null)
                    .setHeader("Content-Type", "text/csv; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(csv(run, i * PER_IMPORT, PER_IMPORT)))
                    .timeout(Duration.ofSeconds(180)).build());
            assertEquals(200, imported.status(), imported::toString);
            assertEquals(PER_IMPORT, imported.json().getInt("created"));
        }
        long imported = feedEnd(suite, AGENCY, "/agencies/changes");
        System.out.printf("feed consumers: %d agencies imported in %d ms; the feed ends at %d, the consumers were at %s%n",
                IMPORTS * PER_IMPORT, Duration.between(importing, Instant.now()).toMillis(), imported, before);

        try {
            // SIGKILL each consumer as soon as its committed cursor shows it part-way through the new events
            Map<String, Long> killedAt = killEachWhileCatchingUp(suite, before, imported);
            Map<String, Long> committed = positions(suite);
            for (String consumer : CONSUMER_DATABASES.keySet()) {
                assertTrue(committed.get(consumer) < imported, () -> consumer + " was killed before it reached the feed's "
                        + "end " + imported + "; its committed cursor is " + committed.get(consumer));
            }
            System.out.printf("feed consumers: killed at cursors %s (committed %s) of %d%n", killedAt, committed, imported);

            changesWhileTheConsumersAreDown(suite, run);
        } finally {
            // both start again on their ports, with nobody touching their cursors
            CompletableFuture<Void> reporting = CompletableFuture.runAsync(() -> startAgain(suite, REPORTING));
            CompletableFuture<Void> committee = CompletableFuture.runAsync(() -> startAgain(suite, COMMITTEE));
            CompletableFuture.allOf(reporting, committee).join();
        }
        long end = feedEnd(suite, AGENCY, "/agencies/changes");
        Instant restarted = Instant.now();
        for (String consumer : CONSUMER_DATABASES.keySet()) {
            eventually(CATCH_UP_WITHIN, Duration.ofMillis(500), consumer + " reading the agency feed to its end " + end,
                    () -> feedPositionGauge(suite, consumer) >= end ? Optional.of(true) : Optional.empty());
        }
        System.out.printf("feed consumers: both read the feed to its end %d within %d ms of their restart%n", end,
                Duration.between(restarted, Instant.now()).toMillis());

        List<Map<String, Object>> source = allAgencies(suite);
        Map<String, Long> lastEvent = lastEventPerAgency(suite);
        copiesEqualTheSource(suite, source, lastEvent);
        aNewRoundsParticipationReportCountsWhatAgencyServiceLists(suite, run, source);
        committeeServiceSeesWhatBecameOfEachAgency(suite, run, source);
    }

    /**
     * Edits that move agencies between the report's breakdowns (type, district), renames (one agency twice, so that only
     * the later state may survive), dissolutions, mergers and new agencies, each a separate event in the feed.
     */
    private static void changesWhileTheConsumersAreDown(FaultSuite.Running suite, String run) {
        List<Map<String, Object>> ours = allAgencies(suite).stream()
                .filter(agency -> ((String) agency.get("code")).startsWith("FEED-" + run + "-")).toList();
        assertEquals(IMPORTS * PER_IMPORT, ours.size());
        List<Map<String, Object>> plain = ours.stream()
                .filter(agency -> !List.of("LOCAL_ADMINISTRATION", "PRIVATE_SECTOR").contains(agency.get("type"))).toList();
        for (int i = 0; i < 60; i++) {
            String id = (String) plain.get(i * 5).get("id");
            String code = (String) plain.get(i * 5).get("code");
            switch (i % 5) {
                case 0 -> ok(suite.send(AGENCY, "POST", "/agencies/" + id + "/dissolution", json(Map.of("effectiveDate", "2023-01-31"))));
                case 1 -> ok(suite.send(AGENCY, "POST", "/agencies/" + id + "/merger",
                        json(Map.of("intoAgencyId", plain.get(i * 5 + 1).get("id"), "effectiveDate", "2023-02-01"))));
                case 2 -> {
                    patch(suite, id, Map.of("district", "5025", "nameTh", "ชื่อชั่วคราว " + code));
                    patch(suite, id, Map.of("district", "5024", "nameTh", "ชื่อใหม่ " + code));
                }
                case 3 -> patch(suite, id, Map.of("type", "PRIVATE_SECTOR"));
                default -> patch(suite, (String) ours.stream().filter(a -> "PRIVATE_SECTOR".equals(a.get("type")))
                        .toList().get(i).get("id"), Map.of("type", "OTHER"));
            }
        }
        for (int i = 0; i < 20; i++) {
            FaultFixtures.createAgency(suite, "FEED-" + run + "-NEW-" + i);
        }
    }

    /** Each consumer's copy, row by row: the same agencies (none missing, none extra), each as of its latest event. */
    private static void copiesEqualTheSource(FaultSuite.Running suite, List<Map<String, Object>> source,
            Map<String, Long> lastEvent) throws SQLException {
        Map<String, List<Object>> expectedReporting = new TreeMap<>();
        Map<String, List<Object>> expectedCommittee = new TreeMap<>();
        for (Map<String, Object> agency : source) {
            String id = (String) agency.get("id");
            expectedReporting.put(id, List.of(agency.get("code"), agency.get("type"), Objects.toString(agency.get("localKind"), ""),
                    Objects.toString(agency.get("district"), ""), agency.get("status"), lastEvent.get(id)));
            expectedCommittee.put(id, List.of(agency.get("code"), agency.get("nameTh"), agency.get("status"), lastEvent.get(id)));
        }
        assertEquals(expectedReporting, rows(suite, "reporting", "SELECT id, code, type, COALESCE(local_kind, ''), "
                + "COALESCE(district, ''), status, feed_seq FROM agency_copy"), "reporting-service's copy of the registry");
        assertEquals(expectedCommittee, rows(suite, "committee", "SELECT id, code, name_th, status, feed_seq FROM agency_copy"),
                "committee-service's copy of the registry");
    }

    /**
     * A new round, opened with private-sector agencies excluded, surveys exactly agency-service's active agencies of the
     * other types: overall, by type, by local kind and by district, and each agency once.
     */
    private static void aNewRoundsParticipationReportCountsWhatAgencyServiceLists(FaultSuite.Running suite, String run,
            List<Map<String, Object>> source) {
        List<Map<String, Object>> surveyed = source.stream()
                .filter(agency -> "ACTIVE".equals(agency.get("status")) && !"PRIVATE_SECTOR".equals(agency.get("type")))
                .toList();
        // the list's own filters agree with the figures computed from it
        for (String type : TYPES) {
            long counted = source.stream().filter(a -> "ACTIVE".equals(a.get("status")) && type.equals(a.get("type"))).count();
            assertEquals(counted, ok(suite.get(AGENCY, "/agencies?status=ACTIVE&size=1&type=" + type)).json().getLong("totalItems"));
        }

        Answer round = suite.send(REPORTING, "POST", "/survey-rounds", json(Map.of("code", "FEED-" + run, "titleTh",
                "สำรวจหลังการกู้คืน " + run, "periodStart", "2022-10-01", "periodEnd", "2023-09-30", "opensOn", "2023-04-01",
                "closesOn", "2023-05-31")));
        assertEquals(201, round.status(), round::toString);
        String roundId = round.json().getString("id");
        Answer opened = ok(suite.send(REPORTING, "POST", "/survey-rounds/" + roundId + "/opening",
                json(Map.of("excludeTypes", List.of("PRIVATE_SECTOR")))));
        System.out.printf("feed consumers: the new round surveys %s agencies%n", opened.body());

        JsonPath report = ok(suite.get(REPORTING, "/survey-rounds/" + roundId + "/reports/participation")).json();
        assertEquals(surveyed.size(), report.getInt("overall.surveyed"));
        assertEquals(countBy(surveyed, "type"), surveyedBy(report, "byType"));
        assertEquals(countBy(surveyed, "localKind"), surveyedBy(report, "byLocalKind"));
        assertEquals(countBy(surveyed, "district"), surveyedBy(report, "byDistrict"));

        List<String> population = new java.util.ArrayList<>();
        JsonPath notAnswered;
        int page = 0;
        do { // a page of at most 200, as every list
            notAnswered = ok(suite.get(REPORTING, "/survey-rounds/" + roundId + "/non-respondents?size=200&page=" + page++)).json();
            population.addAll(notAnswered.getList("items.agencyId"));
        } while (page < notAnswered.getInt("totalPages"));
        assertEquals(surveyed.size(), notAnswered.getInt("totalItems"));
        assertEquals(surveyed.stream().map(agency -> (String) agency.get("id")).sorted().toList(),
                population.stream().sorted().toList(), "every surveyed agency once, and no other");
    }

    /**
     * committee-service, asked to make an agency responsible for a dimension, confirms it with agency-service and names
     * and flags it from its copy: each dissolved or merged agency flagged, a renamed one under its latest name, an
     * active one not flagged.
     */
    private static void committeeServiceSeesWhatBecameOfEachAgency(FaultSuite.Running suite, String run,
            List<Map<String, Object>> source) {
        String dimension = dimensionId(suite, "SMART_MOBILITY");
        List<Map<String, Object>> ours = source.stream().filter(a -> ((String) a.get("code")).startsWith("FEED-" + run + "-")).toList();
        List<Map<String, Object>> checked = new ArrayList<>(ours.stream().filter(a -> !"ACTIVE".equals(a.get("status"))).toList());
        checked.addAll(ours.stream().filter(a -> ((String) a.get("nameTh")).startsWith("ชื่อใหม่")).toList());
        checked.add(ours.get(ours.size() - 1));
        assertTrue(checked.size() > 30, () -> "dissolved, merged and renamed agencies to check: " + checked.size());
        for (Map<String, Object> agency : checked) {
            Answer assigned = suite.send(COMMITTEE, "POST", "/assignments", json(Map.of("dimensionId", dimension,
                    "agencyId", agency.get("id"), "role", "SUPPORTING", "startDate", "2023-03-01")));
            assertEquals(201, assigned.status(), assigned::toString);
            assertEquals(agency.get("status"), assigned.json().getString("agencyStatus"), () -> agency.toString());
            assertEquals(!"ACTIVE".equals(agency.get("status")), assigned.json().getBoolean("flagged"), () -> agency.toString());
            assertEquals(agency.get("nameTh"), assigned.json().getString("agencyNameTh"), () -> agency.toString());
        }
    }

    private static Map<String, Long> countBy(List<Map<String, Object>> agencies, String field) {
        return agencies.stream().filter(agency -> agency.get(field) != null)
                .collect(Collectors.groupingBy(agency -> (String) agency.get(field), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> surveyedBy(JsonPath report, String breakdown) {
        List<Map<String, Object>> rows = report.getList(breakdown);
        return rows.stream().collect(Collectors.toMap(row -> (String) row.get("group"),
                row -> ((Number) row.get("surveyed")).longValue(), (a, b) -> {
                    throw new AssertionError(breakdown + " lists a group twice");
                }, TreeMap::new));
    }

    /** Kills each consumer the first time its committed cursor lies strictly inside the new events. */
    private static Map<String, Long> killEachWhileCatchingUp(FaultSuite.Running suite, Map<String, Long> before, long end)
            throws Exception {
        Map<String, Long> killedAt = new HashMap<>();
        eventually(CATCH_UP_WITHIN, Duration.ofMillis(20), "both consumers caught part-way through the feed", () -> {
            Map<String, Long> now = positions(suite);
            for (String consumer : CONSUMER_DATABASES.keySet()) {
                long position = now.get(consumer);
                if (!killedAt.containsKey(consumer) && position > before.get(consumer) && position < end) {
                    suite.killService(consumer);
                    killedAt.put(consumer, position);
                }
                if (!killedAt.containsKey(consumer) && position >= end) {
                    throw new AssertionError(consumer + " read all " + (end - before.get(consumer))
                            + " new events before it could be seen part-way; import more per batch");
                }
            }
            return killedAt.size() == CONSUMER_DATABASES.size() ? Optional.of(true) : Optional.empty();
        });
        return killedAt;
    }

    /** Each consumer's cursor on the agency feed, as committed in its own database. */
    private static Map<String, Long> positions(FaultSuite.Running suite) {
        Map<String, Long> positions = new TreeMap<>();
        CONSUMER_DATABASES.forEach((consumer, database) -> {
            try (Connection db = suite.database(database); Statement statement = db.createStatement();
                    ResultSet row = statement.executeQuery("SELECT position FROM feed_cursor WHERE feed = 'agency'")) {
                row.next();
                positions.put(consumer, row.getLong(1));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return positions;
    }

    private static Map<String, List<Object>> rows(FaultSuite.Running suite, String database, String query) throws SQLException {
        Map<String, List<Object>> rows = new TreeMap<>();
        try (Connection db = suite.database(database); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> values = new ArrayList<>();
                for (int column = 2; column <= columns; column++) {
                    values.add(column == columns ? (Object) result.getLong(column) : result.getString(column));
                }
                assertEquals(null, rows.put(result.getString(1), values), "one row per agency");
            }
        }
        return rows;
    }

    /** The cursor of each agency's latest event, read from the whole feed. */
    private static Map<String, Long> lastEventPerAgency(FaultSuite.Running suite) {
        Map<String, Long> last = new HashMap<>();
        long after = 0;
        while (true) {
            JsonPath page = ok(suite.get(AGENCY, "/agencies/changes?limit=1000&after=" + after)).json();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return last;
            }
            items.forEach(item -> last.merge((String) item.get("id"), Long.parseLong((String) item.get("cursor")), Math::max));
            after = Long.parseLong(page.getString("next"));
        }
    }

    /** What the consumer's Prometheus gauge {@code smartcity_feed_position{feed="agency"}} says, or -1 without one. */
    private static double feedPositionGauge(FaultSuite.Running suite, String consumer) {
        Answer metrics = suite.send(HttpRequest.newBuilder(suite.managementUri(consumer).resolve("/q/metrics"))
                .header("Accept", "text/plain").timeout(FaultSuite.Running.CLIENT_TIMEOUT).GET().build());
        Matcher gauge = Pattern.compile("(?m)^smartcity_feed_position\\{feed=\"agency\"[^}]*\\} ([0-9.eE+]+)$")
                .matcher(metrics.body());
        return metrics.status() == 200 && gauge.find() ? Double.parseDouble(gauge.group(1)) : -1;
    }

    private static void startAgain(FaultSuite.Running suite, String service) {
        if (suite.isRunning(service)) {
            return; // the test failed before it was killed
        }
        try {
            suite.startServiceAgain(service);
        } catch (Exception e) {
            throw new IllegalStateException(service + " did not start again", e);
        }
    }

    private static void patch(FaultSuite.Running suite, String id, Map<String, Object> changes) {
        ok(suite.send(suite.request(AGENCY, "PATCH", "/agencies/" + id, json(changes))
                .setHeader("Content-Type", "application/merge-patch+json").build()));
    }

    /** {@code count} agencies in the import's CSV format, numbered from {@code from}. */
    private static String csv(String run, int from, int count) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (int n = from; n < from + count; n++) {
            String type = TYPES.get(n % TYPES.size());
            String localKind = type.equals("LOCAL_ADMINISTRATION") ? LOCAL_KINDS.get(n / TYPES.size() % LOCAL_KINDS.size()) : "";
            // one in thirteen without a district: the report leaves those out of its district breakdown
            String district = n % 13 == 0 ? "" : String.format("50%02d", 1 + n % 25);
            Map<String, Object> details = agencyDetails(String.format("FEED-%s-%04d", run, n), "หน่วยงานทดสอบฟีดที่ " + n);
            csv.append(String.join(",", (String) details.get("code"), (String) details.get("nameTh"),
                    (String) details.get("nameEn"), "", type, localKind, "", "", district, "", "", "", "")).append('\n');
        }
        return csv.toString();
    }
}
