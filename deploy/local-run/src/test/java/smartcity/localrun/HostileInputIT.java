package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every operation of every service, generated from the services' OpenAPI documents (so an
 * operation added to a service is covered the day it is documented): see {@link HostileCases} for what is sent. Every
 * answer must be a 2xx for valid input or a 4xx {@code application/problem+json}, never a 5xx or a stack trace
 * ({@link HostileAnswers}); after every refused request the service's data must be as it was (its tables' checksums,
 * {@link DatabaseFingerprint}, compared after each request); and a write that was accepted must give back its free text
 * (Thai with combining marks and emoji, SQL and script metacharacters) exactly as sent.
 * <p>
 * It writes a lot (agencies, committees, rounds, dissolutions, closings), so it runs against a suite of its own
 * ({@link IsolatedSuite}), not the shared {@link ScenarioSuite} whose data the scenario tests count; and first among
 * the test classes, so that the two suites do not run side by side. Every case it sent, with its answer's status, is in
 * {@code target/hostile-input/cases.tsv}.
 */
@Order(1)
class HostileInputIT {

    private static final List<String> SERVICES = List.of("agency-service", "committee-service", "reporting-service");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static IsolatedSuite suite;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final KnownIds ids = new KnownIds();
    private final List<String> failures = new ArrayList<>();
    private String token;
    private PrintWriter log;

    @BeforeAll
    static void startSuite() {
        suite = IsolatedSuite.start("hostile-input");
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    /** What one service's run counted. */
    private static final class Tally {
        int operations;
        int cases;
        int refused;
        int accepted;
        int roundTrips;
        /** Accepted writes after which the compared tables had changed: proof that the comparison sees writes. */
        int writesSeen;
        final List<String> validInputAccepted = new ArrayList<>();
        final List<String> validInputRefused = new ArrayList<>();
    }

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndChangesNothing() throws Exception {
        token = suite.token("secretariat", null);
        Map<String, ApiDocument> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            documents.put(service, ApiDocument.of(suite.home(), service));
            ids.learnPaths(documents.get(service).operations());
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Path cases = Path.of(System.getProperty("smartcity.scenario-test.dir", "target/scenario-test")).toAbsolutePath()
                .resolveSibling("hostile-input").resolve("cases.tsv");
        Files.createDirectories(cases.getParent());
        long started = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(cases, StandardCharsets.UTF_8))) {
            log = out;
            log.println("service\toperation\tcase\tstatus\tverdict");
            for (String service : SERVICES) {
                String database = service.substring(0, service.indexOf('-'));
                try (DatabaseFingerprint data = DatabaseFingerprint.of(suite.jdbcUrl(database), suite.dbUser(),
                        suite.dbPassword(), database)) {
                    tallies.put(service, exercise(documents.get(service), data));
                }
            }
        }

        StringBuilder summary = new StringBuilder("\nHostile input, generated from the OpenAPI documents ("
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s; every case in " + cases + "):\n");
        tallies.forEach((service, tally) -> summary.append(String.format(Locale.ROOT,
                "%s: %d cases (operations: %d) — %d refused, %d accepted; valid input accepted by %d of %d operations, "
                        + "%d free-text values read back, %d accepted writes seen in the data%n", service, tally.cases,
                tally.operations, tally.refused, tally.accepted, tally.validInputAccepted.size(), tally.operations,
                tally.roundTrips, tally.writesSeen)));
        tallies.forEach((service, tally) -> {
            if (!tally.validInputRefused.isEmpty()) {
                summary.append("  ").append(service).append(", operations whose generated valid input was refused "
                        + "(their hostile cases ran all the same):\n");
                tally.validInputRefused.forEach(line -> summary.append("    ").append(line).append('\n'));
            }
        });
        System.out.println(summary);

        tallies.forEach((service, tally) -> {
            assertTrue(tally.operations == documents.get(service).operations().size() && tally.cases > tally.operations * 5,
                    service + ": every documented operation gets its hostile cases");
            // were the comparison blind (a table left out, a checksum that never moves), no refusal could fail it
            assertTrue(tally.writesSeen > 0, service + ": the data comparison saw none of the accepted writes");
            assertTrue(tally.roundTrips > 0, service + ": no free text was read back after an accepted write");
        });
        assertTrue(failures.isEmpty(), failures.size() + " answers to hostile input are wrong:\n" + String.join("\n", failures));
    }

    /**
     * Every list a client sends has a declared maximum (the document's {@code maxItems}), so that the sweep above can
     * send ten times as many and see a small, quick refusal; a list without one could be as long as the body limit.
     */
    @Test
    void everyListInARequestBodyDeclaresItsMaximum() {
        List<String> unbounded = new ArrayList<>();
        for (String service : SERVICES) {
            ApiDocument document = ApiDocument.of(suite.home(), service);
            for (ApiDocument.Operation operation : document.operations()) {
                if (operation.hasJsonBody()) {
                    arraysWithoutMaximum(document, operation.bodySchema(), service + " " + operation.name(), unbounded, 0);
                }
            }
        }
        assertTrue(unbounded.isEmpty(), "lists in request bodies without maxItems: " + unbounded);
    }

    private static void arraysWithoutMaximum(ApiDocument document, JsonNode schema, String at, List<String> found, int depth) {
        JsonNode resolved = document.resolve(schema);
        if (depth > 6) {
            return;
        }
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = document.resolve(property.getValue());
            if (value.path("readOnly").asBoolean(false)) {
                continue;
            }
            String where = at + "." + property.getKey();
            if ("array".equals(HostileCases.typeOf(value))) {
                if (!value.has("maxItems")) {
                    found.add(where);
                }
                arraysWithoutMaximum(document, value.path("items"), where + "[]", found, depth + 1);
            } else if ("object".equals(HostileCases.typeOf(value))) {
                arraysWithoutMaximum(document, value, where, found, depth + 1);
            }
        }
    }

    /**
     * A path that climbs out of a public prefix with a dot segment, plain or escaped, never reaches what lies beside
     * it (the metrics, the OpenAPI document, another resource): it is a 400 problem, with a token or without.
     */
    @Test
    void aDotSegmentUnderAPublicPrefixReachesNothingBesideIt() throws Exception {
        String secretariat = suite.token("secretariat", null);
        List<String> wrong = new ArrayList<>();
        for (String service : SERVICES) {
            for (String prefix : List.of("/fonts", "/dashboard", "/developers", "/q/swagger-ui", "/problems", "/agencies",
                    "/committees", "/survey-rounds")) {
                for (String climb : List.of("/%2e%2e/q/metrics", "/%2E%2E/%2e%2e/q/metrics", "/../q/metrics",
                        "/x/%2e%2e/%2e%2e/q/openapi", "/.%2e/q/health")) {
                    for (boolean withToken : List.of(false, true)) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.baseUri(service) + prefix + climb))
                                .timeout(TIMEOUT).GET();
                        if (withToken) {
                            request.header("Authorization", "Bearer " + secretariat);
                        }
                        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        String type = answer.headers().firstValue("Content-Type").orElse("");
                        if (answer.statusCode() != 400 || !type.startsWith("application/problem+json")
                                || !answer.body().contains("\"type\":\"/problems/malformed-request\"")
                                || answer.body().contains("# TYPE") || answer.body().contains("\"paths\"")) {
                            wrong.add(service + " " + prefix + climb + (withToken ? " (token)" : "") + ": "
                                    + answer.statusCode() + " " + type);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " climbing paths were not refused: " + wrong);
    }

    // --- one service

    private Tally exercise(ApiDocument document, DatabaseFingerprint data) {
        Tally tally = new Tally();
        Map<String, Long> current = data.take();
        List<ApiDocument.Operation> operations = new ArrayList<>(document.operations());
        operations.sort(Comparator.comparingInt(HostileInputIT::phase)
                .thenComparing(op -> op.parameters("path").size())
                // a create that refers to fewer other things first: dimensions before assignments to them
                .thenComparingLong(op -> references(document, op))
                .thenComparingInt(op -> op.method().equals("DELETE") ? 1 : 0)
                .thenComparing(ApiDocument.Operation::path)
                .thenComparing(ApiDocument.Operation::method));
        for (ApiDocument.Operation operation : operations) {
            tally.operations++;
            boolean write = !operation.method().equals("GET");
            Map<String, String> pathValues = pathValues(operation, write);
            ValidValues values = valuesFor(document, operation, pathValues, write);
            JsonNode base = operation.hasJsonBody()
                    ? values.object(operation.bodySchema(), ValidValues.Fill.USUAL).orElse(JsonNodeFactory.instance.objectNode())
                    : null;
            boolean anyAccepted = false;
            for (HostileCases.Case c : new HostileCases(document, operation, pathValues, base, values).all()) {
                Sent sent = send(document, operation, c, data, current, tally);
                current = sent.data();
                anyAccepted |= sent.status() / 100 == 2;
            }
            if (anyAccepted && endsLife(operation)) {
                // a hostile but valid case already used the target up (dissolved it, say): the valid input gets another
                markUsed(operation, pathValues);
                pathValues = pathValues(operation, write);
                values = valuesFor(document, operation, pathValues, write);
            }
            current = validInput(document, operation, pathValues, values, data, current, tally);
        }
        return tally;
    }

    /** Reads first, then creates, then changes: so that ids are known before they are needed, and new things exist. */
    private static int phase(ApiDocument.Operation operation) {
        if (operation.method().equals("GET")) {
            return 0;
        }
        boolean create = operation.method().equals("POST") && (operation.readable() || operation.creates());
        return create ? 1 : 2;
    }

    /** How many ids the operation's body refers to. */
    private static long references(ApiDocument document, ApiDocument.Operation operation) {
        JsonNode properties = document.resolve(operation.bodySchema()).path("properties");
        long count = 0;
        for (JsonNode property : properties) {
            count += "uuid".equals(document.resolve(property).path("format").asText()) ? 1 : 0;
        }
        return count;
    }

    /**
     * Operations that may end or use up what their path names (a dissolution, a closing, a deletion): an action on a
     * thing that creates nothing new (seating a person creates a membership and leaves the committee as it was).
     */
    private static boolean endsLife(ApiDocument.Operation operation) {
        return operation.method().equals("DELETE")
                || operation.method().equals("POST") && !operation.readable() && !operation.creates()
                && !operation.path().endsWith("}") && !operation.parameters("path").isEmpty();
    }

    private Map<String, String> pathValues(ApiDocument.Operation operation, boolean preferFresh) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiDocument.Parameter parameter : operation.parameters("path")) {
            String kind = ids.parameterKind(operation.path(), parameter.name());
            Optional<String> known = ids.pick(kind, preferFresh, Set.copyOf(values.values()));
            String value = known.orElseGet(() -> "uuid".equals(parameter.schema().path("format").asText())
                    ? UUID.randomUUID().toString()
                    : parameter.schema().path("example").asText("unknown"));
            values.put(parameter.name(), HostileCases.encode(value));
        }
        return values;
    }

    private ValidValues valuesFor(ApiDocument document, ApiDocument.Operation operation, Map<String, String> pathValues,
            boolean preferFresh) {
        List<ApiDocument.Parameter> path = operation.parameters("path");
        String kind = path.isEmpty() ? collectionKind(operation.path())
                : ids.parameterKind(operation.path(), path.get(path.size() - 1).name());
        return new ValidValues(document, ids, kind, preferFresh, Set.copyOf(pathValues.values()));
    }

    private String collectionKind(String path) {
        String kind = "root";
        for (String segment : path.split("\\?")[0].split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && ids.kinds().contains(KnownIds.singular(segment))) {
                kind = KnownIds.singular(segment);
            }
        }
        return kind;
    }

    private void markUsed(ApiDocument.Operation operation, Map<String, String> pathValues) {
        List<ApiDocument.Parameter> path = operation.parameters("path");
        if (!path.isEmpty()) {
            String last = path.get(path.size() - 1).name();
            ids.used(ids.parameterKind(operation.path(), last), pathValues.get(last));
        }
    }

    /**
     * The operation with input made to be valid: the fullest body first, then the usual fields, then the required ones
     * only, until one is accepted. Refusals are not failures here (a generated body cannot know every domain rule), but
     * they are answers like any other: problem+json, data unchanged.
     */
    private Map<String, Long> validInput(ApiDocument document, ApiDocument.Operation operation,
            Map<String, String> pathValues, ValidValues values, DatabaseFingerprint data, Map<String, Long> current,
            Tally tally) {
        String path = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        List<HostileCases.Case> tries = new ArrayList<>();
        if (operation.hasJsonBody()) {
            Set<String> seen = new LinkedHashSet<>();
            for (ValidValues.Fill fill : ValidValues.Fill.values()) {
                Optional<JsonNode> body = values.object(operation.bodySchema(), fill);
                if (body.isPresent() && seen.add(HostileCases.json(body.get()).replaceAll("HOSTILE_[A-Z0-9_]+", "CODE"))) {
                    tries.add(new HostileCases.Case("valid input (" + fill.name().toLowerCase(Locale.ROOT) + " fields)", false,
                            0, operation.method(), path, operation.bodyType(), HostileCases.utf8(HostileCases.json(body.get())),
                            true, Map.of(), freeText(body.get())));
                }
            }
        } else {
            byte[] body = operation.bodyType() == null ? null
                    : operation.bodyExample().isTextual() ? HostileCases.utf8(operation.bodyExample().asText()) : new byte[0];
            tries.add(new HostileCases.Case("valid input", false, 0, operation.method(), path, operation.bodyType(), body,
                    true, Map.of(), Map.of()));
        }
        int lastStatus = 0;
        for (HostileCases.Case c : tries) {
            Sent sent = send(document, operation, c, data, current, tally);
            current = sent.data();
            lastStatus = sent.status();
            if (sent.status() / 100 == 2) {
                tally.validInputAccepted.add(operation.name());
                if (endsLife(operation)) {
                    markUsed(operation, pathValues);
                }
                return current;
            }
        }
        tally.validInputRefused.add(operation.name() + " → " + lastStatus + (lastStatus == 0 ? "" : " " + lastProblem));
        return current;
    }

    private String lastProblem = "";

    /** The free-text values of a body, by field path, to compare with what is read back. */
    private static Map<String, String> freeText(JsonNode body) {
        Map<String, String> text = new LinkedHashMap<>();
        collectText(body, "", text);
        return text;
    }

    private static void collectText(JsonNode node, String path, Map<String, String> text) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collectText(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), text));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectText(node.get(i), path + "[" + i + "]", text);
            }
        } else if (node.isTextual() && ValidValues.isThaiSample(node.asText())) {
            text.put(path, node.asText());
        }
    }

    // --- one request

    private record Sent(int status, Map<String, Long> data) {
    }

    private Sent send(ApiDocument document, ApiDocument.Operation operation, HostileCases.Case c, DatabaseFingerprint data,
            Map<String, Long> before, Tally tally) {
        tally.cases++;
        String service = document.service();
        URI uri = URI.create(suite.baseUri(service) + c.rawPath());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", accept(operation));
        if (c.withToken()) {
            request.header("Authorization", "Bearer " + token);
        }
        c.headers().forEach(request::header);
        if (c.contentType() != null && c.body() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        int status;
        String body;
        Optional<String> contentType;
        Optional<String> location;
        long took;
        try {
            HttpRequest built = request.build();
            long sentAt = System.nanoTime();
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            took = Duration.ofNanos(System.nanoTime() - sentAt).toMillis();
            if (c.bounded() && took > HostileCases.BOUNDED_ANSWER_MILLIS) {
                // once more, so that one pause of the machine (a collection, another process) is not taken for the answer's
                sentAt = System.nanoTime();
                response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                took = Math.min(took, Duration.ofNanos(System.nanoTime() - sentAt).toMillis());
            }
            status = response.statusCode();
            body = new String(response.body(), StandardCharsets.UTF_8);
            contentType = response.headers().firstValue("Content-Type");
            location = response.headers().firstValue("Location");
        } catch (HttpTimeoutException e) {
            fail(service, operation, c, 0, "no answer within " + TIMEOUT.toSeconds() + " s", "");
            return new Sent(0, data.take());
        } catch (IOException e) {
            fail(service, operation, c, 0, "the connection failed: " + e, "");
            return new Sent(0, data.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }

        List<String> wrong = new ArrayList<>(HostileAnswers.check(c.mustReject(), c.expectedStatus(), status, contentType, body));
        if (c.bounded() && body.getBytes(StandardCharsets.UTF_8).length > HostileCases.BOUNDED_ANSWER_BYTES) {
            wrong.add("an answer of " + body.getBytes(StandardCharsets.UTF_8).length + " bytes, where at most "
                    + HostileCases.BOUNDED_ANSWER_BYTES + " are right");
        }
        if (c.bounded() && took > HostileCases.BOUNDED_ANSWER_MILLIS) {
            wrong.add("answered in " + took + " ms (twice), where at most " + HostileCases.BOUNDED_ANSWER_MILLIS + " are right");
        }
        Map<String, Long> after = data.take();
        if (status / 100 == 2) {
            tally.accepted++;
            if (!c.method().equals("GET") && !DatabaseFingerprint.changed(before, after).isEmpty()) {
                tally.writesSeen++;
            }
            learn(c, status, body, location);
            wrong.addAll(readBack(service, c, body, location, tally));
        } else {
            tally.refused++;
            lastProblem = body.codePointCount(0, body.length()) > 300
                    ? body.substring(0, body.offsetByCodePoints(0, 300)) + "…" : body;
            List<String> changed = DatabaseFingerprint.changed(before, after);
            if (!changed.isEmpty()) {
                wrong.add("refused (" + status + "), but changed the data in " + changed);
            }
        }
        for (String reason : wrong) {
            fail(service, operation, c, status, reason, body);
        }
        log.printf("%s\t%s\t%s\t%d\t%s%n", service, operation.name(), c.label().replace('\t', ' '), status,
                wrong.isEmpty() ? "ok" : String.join("; ", wrong));
        return new Sent(status, after);
    }

    private static String accept(ApiDocument.Operation operation) {
        String success = operation.successTypes().contains("application/json") ? "application/json"
                : operation.successTypes().isEmpty() ? "application/json" : operation.successTypes().get(0);
        return success + ", application/problem+json";
    }

    private void learn(HostileCases.Case c, int status, String body, Optional<String> location) {
        String path = c.rawPath().split("\\?")[0];
        location.ifPresent(ids::learnLink);
        JsonNode json = parse(body);
        if (json == null) {
            return;
        }
        ids.learn(path, json);
        if (status == 201 && json.path("id").isTextual()) {
            ids.created(collectionKind(path), json.get("id").asText());
        }
    }

    /** A write that was accepted must give back every free-text value exactly as it was sent. */
    private List<String> readBack(String service, HostileCases.Case c, String body, Optional<String> location, Tally tally) {
        if (c.sentText().isEmpty() || c.method().equals("GET")) {
            return List.of();
        }
        JsonNode stored = parse(body);
        if (location.isPresent()) {
            URI uri = URI.create(suite.baseUri(service).toString()).resolve(location.get());
            try {
                HttpResponse<String> read = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                                .header("Accept", "application/json").header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (read.statusCode() != 200) {
                    return List.of("its Location " + location.get() + " answers " + read.statusCode());
                }
                stored = parse(read.body());
            } catch (IOException e) {
                return List.of("its Location " + location.get() + " could not be read: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (stored == null) {
            return List.of();
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> sent : c.sentText().entrySet()) {
            String field = sent.getKey().replaceAll(".*[.\\]]", "").replaceAll("\\[\\d+]$", "");
            List<String> found = new ArrayList<>();
            JsonNode exact = stored.at("/" + sent.getKey().replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
            if (exact.isTextual()) {
                found.add(exact.asText());
            } else {
                stored.findValues(field).stream().filter(JsonNode::isTextual).forEach(v -> found.add(v.asText()));
            }
            if (found.isEmpty()) {
                continue;
            }
            tally.roundTrips++;
            if (!found.contains(sent.getValue())) {
                wrong.add("stored " + sent.getKey() + " as " + quote(found.get(0)) + ", not as sent: " + quote(sent.getValue()));
            }
        }
        return wrong;
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(80).forEach(cp -> {
            if (cp < 0x20 || cp == 0x202e || cp == 0x202c) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(text.codePointCount(0, text.length()) > 80 ? "…\"" : "\"").toString();
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private void fail(String service, ApiDocument.Operation operation, HostileCases.Case c, int status, String reason,
            String body) {
        String excerpt = body == null ? "" : body.replaceAll("\\s+", " ");
        excerpt = excerpt.codePointCount(0, excerpt.length()) > 240
                ? excerpt.substring(0, excerpt.offsetByCodePoints(0, 240)) + "…" : excerpt;
        failures.add(String.format("%s %s — %s: %s [status %d] %s", service, operation.name(), c.label(), reason, status,
                excerpt));
    }
}
