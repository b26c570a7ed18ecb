package smartcity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A generated province of {@code agencies} agencies, loaded through the public APIs: the registry by CSV import in
 * files of at most 10 000 rows, then in proportion to it people, memberships with their history, responsibility
 * assignments, and a survey round that every agency answers, 21 % of them with a project (the share Chiang Mai
 * reported in 2022). Generated from the row numbers alone: the same scale gives the same data.
 */
final class Dataset {

    static final int IMPORT_FILE_ROWS = 10_000;
    static final List<String> DIMENSIONS = List.of("SMART_LIVING", "SMART_PEOPLE", "SMART_ENERGY", "SMART_MOBILITY",
            "SMART_ECONOMY", "SMART_ENVIRONMENT", "SMART_GOVERNANCE", "TRADE_INVESTMENT");
    private static final String CSV_HEADER = "code,nameTh,nameEn,abbreviation,type,localKind,dlaCode,parentCode,district,"
            + "address,phone,email,website\n";
    private static final String[] LOCAL_KINDS = {"SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION", "SUBDISTRICT_MUNICIPALITY",
        "SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION", "SUBDISTRICT_MUNICIPALITY", "TOWN_MUNICIPALITY"};
    private static final String[] OTHER_TYPES = {"PROVINCIAL_GOVERNMENT", "PROVINCIAL_GOVERNMENT", "PROVINCIAL_GOVERNMENT",
        "CENTRAL_GOVERNMENT", "STATE_ENTERPRISE", "EDUCATIONAL_INSTITUTION", "PUBLIC_ORGANIZATION"};

    /** What was loaded, and how long the parts took. */
    record Loaded(int agencies, List<String> agencyIds, String roundId, int people, int memberships, int assignments,
            int answers, int projects, List<Duration> importFiles, Duration answering, Duration total) {
    }

    private final Api agency;
    private final Api committee;
    private final Api reporting;
    private final String prefix;

    Dataset(Api agency, Api committee, Api reporting, String prefix) {
        this.agency = agency;
        this.committee = committee;
        this.reporting = reporting;
        this.prefix = prefix;
    }

    Loaded load(int agencies, int parallelism) throws Exception {
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>(agencies);
        List<Duration> files = new ArrayList<>();
        for (int from = 0; from < agencies; from += IMPORT_FILE_ROWS) {
            String csv = csv(prefix, from, Math.min(agencies, from + IMPORT_FILE_ROWS), false);
            long t = System.nanoTime();
            JsonNode report = agency.ok("POST", "agencies/import", csv, "text/csv; charset=UTF-8");
            files.add(Duration.ofNanos(System.nanoTime() - t));
            report.get("rows").forEach(row -> ids.add(row.get("id").asText()));
            System.out.printf("  imported %d agencies (file of %d rows in %d ms)%n", ids.size(),
                    report.get("rows").size(), files.get(files.size() - 1).toMillis());
        }

        String trade = committee.ok("POST", "dimensions", Map.of("code", "TRADE_INVESTMENT",
                "nameTh", "ด้านการค้าและการลงทุนอัจฉริยะ", "nameEn", "Smart Trade and Investment")).get("id").asText();
        List<String> dimensionIds = new ArrayList<>();
        committee.ok("GET", "dimensions?size=100", null).get("items").forEach(d -> dimensionIds.add(d.get("id").asText()));
        if (!dimensionIds.contains(trade)) {
            dimensionIds.add(trade);
        }

        // the committee, its seats, and people who held them one after another: the membership history
        String committeeId = committee.ok("POST", "committees", Map.of("code", prefix + "-COMMITTEE",
                "nameTh", "คณะกรรมการทดสอบ " + prefix, "nameEn", "Benchmark committee " + prefix,
                "level", "PROVINCIAL")).get("id").asText();
        int seats = 10;
        int people = Math.max(seats, agencies / 100);
        List<String> seatIds = new ArrayList<>();
        for (int s = 0; s < seats; s++) {
            seatIds.add(committee.ok("POST", "committees/" + committeeId + "/seats", Map.of("role", "MEMBER",
                    "basis", "APPOINTED", "titleTh", "กรรมการ ลำดับที่ " + (s + 1))).get("id").asText());
        }
        int memberships = parallel(parallelism, people, p -> {
            String person = committee.ok("POST", "people", Map.of("honorific", "คุณ", "nameTh", "กรรมการทดสอบ " + p,
                    "positionTh", "ผู้แทนหน่วยงาน", "agencyId", ids.get(p % ids.size()))).get("id").asText();
            int seat = p % seats;
            int turn = p / seats;
            int turns = (people - seat + seats - 1) / seats;
            LocalDate start = LocalDate.of(2015, 10, 1).plusDays(30L * turn);
            Map<String, Object> body = new LinkedHashMap<>(Map.of("seatId", seatIds.get(seat), "personId", person,
                    "startDate", start.toString(), "basis", "คำสั่งแต่งตั้ง " + p));
            if (turn < turns - 1) {
                body.put("endDate", start.plusDays(29).toString());
            }
            return committee.send("POST", "committees/" + committeeId + "/memberships", body, null, null).status() / 100 == 2;
        });

        // responsibilities: one lead per dimension, supporting agencies in proportion to the registry
        int assignments = Math.max(dimensionIds.size(), agencies / 50);
        int assigned = parallel(parallelism, assignments, a -> {
            Map<String, Object> body = Map.of("dimensionId", dimensionIds.get(a % dimensionIds.size()),
                    "agencyId", ids.get((a * 7919) % ids.size()), "role", a < dimensionIds.size() ? "LEAD" : "SUPPORTING",
                    "startDate", "2022-06-06", "basis", "มติที่ประชุม 6 มิถุนายน 2565");
            return committee.send("POST", "assignments", body, null, null).status() / 100 == 2;
        });

        // the survey round: every agency surveyed and answering
        String roundId = reporting.ok("POST", "survey-rounds", Map.of("code", prefix + "-ROUND",
                "titleTh", "สำรวจการดำเนินงานเมืองอัจฉริยะ " + prefix, "periodStart", "2021-10-01",
                "periodEnd", "2022-09-30", "opensOn", "2022-04-01", "closesOn", "2022-05-31")).get("id").asText();
        JsonNode opening = reporting.ok("POST", "survey-rounds/" + roundId + "/opening", Map.of());
        if (opening.get("surveyed").asInt() != agencies) {
            throw new IllegalStateException("the round surveys " + opening.get("surveyed") + " agencies, not " + agencies);
        }
        AtomicLong projects = new AtomicLong();
        long answeringStarted = System.nanoTime();
        int answers = parallel(parallelism, agencies, i -> {
            boolean runs = i % 100 < 21;
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("runsSmartCityProjects", runs);
            if (runs) {
                projects.incrementAndGet();
                answer.put("projects", List.of(Map.of("titleTh", "โครงการเมืองอัจฉริยะ ที่ " + i,
                        "dimensions", List.of(DIMENSIONS.get(i % DIMENSIONS.size())), "status", "ONGOING",
                        "budgetThb", "1500000.00", "startsOn", "2021-10-01", "endsOn", "2022-09-30")));
            }
            Api.Reply reply = reporting.send("PUT", "survey-rounds/" + roundId + "/responses/" + ids.get(i), answer, null, null);
            if (reply.status() != 200) {
                throw new IllegalStateException("answer " + i + ": " + reply.status() + " " + reply.body());
            }
            return true;
        });
        Duration answering = Duration.ofNanos(System.nanoTime() - answeringStarted);
        return new Loaded(agencies, ids, roundId, people, memberships, assigned, answers, (int) projects.get(), files,
                answering, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Rows {@code from} to {@code to} of a registry; {@code brokenLast} makes the last row invalid (an unknown type). */
    static String csv(String prefix, int from, int to, boolean brokenLast) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = from; i < to; i++) {
            boolean local = i % 20 < 9; // 45 % local administrative organisations
            String type = local ? "LOCAL_ADMINISTRATION" : OTHER_TYPES[i % OTHER_TYPES.length];
            if (brokenLast && i == to - 1) {
                type = "NOT_A_TYPE";
            }
            String district = String.format("50%02d", 1 + i % 25);
            csv.append(String.format("%s-%06d,หน่วยงานทดสอบ ที่ %d,Benchmark agency %d,,%s,%s,%s,,%s,,,,%n", prefix, i, i, i,
                    type, local ? LOCAL_KINDS[i % LOCAL_KINDS.length] : "", local ? Long.toString(7_000_000L + i) : "",
                    district));
        }
        return csv.toString();
    }

    /** Runs {@code count} calls on {@code threads} threads; the number that succeeded. */
    static int parallel(int threads, int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(pool.submit(() -> call.run(index)));
            }
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }

    interface Call {
        boolean run(int index) throws Exception;
    }
}
