package smartcity.localrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The hostile requests for one operation, made from its documented parameters and request body schema: broken and
 * mistyped bodies, missing and over-long fields, numbers and sizes out of range, impossible dates and periods that end
 * before they start, unknown enum values and ids, SQL and script metacharacters, path traversal in ids, oversized
 * bodies, wrong content types and missing credentials. Each case says whether the service must refuse it
 * ({@link Case#mustReject}) or may accept it (free text is free: {@code ' OR 1=1 --} is a valid name, and must then be
 * stored exactly as sent).
 */
final class HostileCases {

    static final String SQL_QUOTE = "' OR 1=1 --";
    static final String SQL_DROP = "\"; DROP TABLE agency; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    /** Bigger than any field allows, smaller than the services' 5 MB body limit: it reaches the JSON reader. */
    static final int LARGE_BODY_BYTES = 3 * 1024 * 1024;
    /** Bigger than the services' body limit (quarkus.http.limits.max-body-size=5M). */
    static final int OVER_LIMIT_BODY_BYTES = 6 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 3;
    /** Percent-encoded characters in one hostile query value: the request line stays under the HTTP layer's 4 KB. */
    private static final int MAX_QUERY_VALUE = 3000;

    /**
     * One request to send.
     *
     * @param label what is hostile about it, e.g. {@code body.nameTh: over maxLength (301 chars)}
     * @param mustReject whether only a 4xx is right (otherwise a 2xx is right too)
     * @param expectedStatus the one status that is right, or 0 when any of the kind is
     * @param rawPath the path and query as sent, already percent-encoded
     * @param contentType the request's Content-Type, or null for none
     * @param withToken whether to send the strongest role's bearer token
     * @param sentText free-text values the body carries, by field path, to compare with what is read back
     */
    /**
     * One request and what is right for it. {@code bounded}: the refusal must also be small and quick (an answer under
     * {@link #BOUNDED_ANSWER_BYTES} bytes within {@link #BOUNDED_ANSWER_MILLIS} ms), as for a list far over its maximum.
     */
    record Case(String label, boolean mustReject, int expectedStatus, String method, String rawPath, String contentType,
            byte[] body, boolean withToken, Map<String, String> headers, Map<String, String> sentText, boolean bounded) {

        Case(String label, boolean mustReject, int expectedStatus, String method, String rawPath, String contentType,
                byte[] body, boolean withToken, Map<String, String> headers, Map<String, String> sentText) {
            this(label, mustReject, expectedStatus, method, rawPath, contentType, body, withToken, headers, sentText, false);
        }
    }

    static final int BOUNDED_ANSWER_BYTES = 20_000;
    static final long BOUNDED_ANSWER_MILLIS = 200;

    /** Callback addresses no webhook may be sent to: ports out of range, and special-purpose ranges (IANA). */
    static final List<String> UNROUTABLE_CALLBACKS = List.of("https://example.org:99999/hook", "https://example.org:0/hook",
            "https://192.0.2.10/hook", "https://198.18.0.1/hook", "https://240.0.0.1/hook",
            "https://[64:ff9b::808:808]/hook", "https://[2002:c000:204::1]/hook", "https://[2001:0:4136:e378::1]/hook");

    private final ApiDocument document;
    private final ApiDocument.Operation operation;
    private final Map<String, String> pathValues;
    private final JsonNode baseBody;
    private final ValidValues values;
    private final List<Case> cases = new ArrayList<>();

    /**
     * @param pathValues a real value for each path parameter (percent-encoded), so that the body is what is wrong
     * @param baseBody a body the service would likely accept, which each case spoils in one place (null without one)
     */
    HostileCases(ApiDocument document, ApiDocument.Operation operation, Map<String, String> pathValues, JsonNode baseBody,
            ValidValues values) {
        this.document = document;
        this.operation = operation;
        this.pathValues = pathValues;
        this.baseBody = baseBody;
        this.values = values;
    }

    List<Case> all() {
        cases.clear();
        credentials();
        pathParameters();
        queryParameters();
        headerParameters();
        if (operation.hasJsonBody()) {
            jsonBodies();
            if (baseBody != null) {
                properties(document.resolve(operation.bodySchema()), List.of(), 0);
            }
        } else if (operation.bodyType() != null) {
            otherBodies();
        }
        return List.copyOf(cases);
    }

    // --- the request line and headers

    private void credentials() {
        if (!operation.secured()) {
            return;
        }
        add(new Case("no bearer token", true, 401, operation.method(), path(pathValues), baseContentType(), baseBytes(),
                false, Map.of(), Map.of()));
        add(new Case("malformed bearer token", true, 401, operation.method(), path(pathValues), baseContentType(),
                baseBytes(), false, Map.of("Authorization", "Bearer not.a.jwt"), Map.of()));
    }

    private void pathParameters() {
        for (ApiDocument.Parameter parameter : operation.parameters("path")) {
            Map<String, String> hostile = new LinkedHashMap<>();
            if ("uuid".equals(parameter.schema().path("format").asText())) {
                hostile.put("unknown id", UUID.randomUUID().toString());
                hostile.put("not a UUID", "not-a-uuid");
            } else {
                hostile.put("unknown value", "no-such-" + parameter.name());
            }
            hostile.put("encoded path traversal", "..%2F..%2Fetc%2Fpasswd");
            hostile.put("double-encoded path traversal", "..%252F..%252Fetc%252Fpasswd");
            hostile.put("NUL byte", "%00");
            hostile.put("SQL metacharacters", encode(SQL_QUOTE));
            hostile.put("script", encode(SCRIPT));
            hostile.put("Thai and emoji", encode(ValidValues.THAI));
            hostile.put("3000 characters", "a".repeat(3000));
            hostile.put("characters a URI must escape", "%3Cx%3E%22%20%7B%7D%7C%5C%5E%60");
            hostile.put("a single quote", "%27");
            hostile.put("a space", "a%20b");
            hostile.put("a percent sign", "100%25");
            hostile.forEach((what, value) -> {
                Map<String, String> spoilt = new LinkedHashMap<>(pathValues);
                spoilt.put(parameter.name(), value);
                add(new Case("path {" + parameter.name() + "}: " + what, true, 0, operation.method(), path(spoilt),
                        baseContentType(), baseBytes(), true, Map.of(), Map.of()));
                if (operation.secured()) {
                    // authentication comes first: whatever the id, an anonymous write is a 401 problem
                    add(new Case("path {" + parameter.name() + "}: " + what + ", no bearer token", true, 401,
                            operation.method(), path(spoilt), baseContentType(), baseBytes(), false, Map.of(), Map.of()));
                }
            });
            // a dot segment would make the path another one (RFC 3986 removes it): refused as malformed, token or not
            Map.of("a dot-dot segment", "..", "an encoded dot-dot segment", "%2E%2E", "a dot segment", ".").forEach((what, value) -> {
                Map<String, String> spoilt = new LinkedHashMap<>(pathValues);
                spoilt.put(parameter.name(), value);
                for (boolean withToken : new boolean[] {true, false}) {
                    add(new Case("path {" + parameter.name() + "}: " + what + (withToken ? "" : ", no bearer token"), true,
                            400, operation.method(), path(spoilt), baseContentType(), baseBytes(), withToken, Map.of(),
                            Map.of()));
                }
            });
        }
    }

    private void queryParameters() {
        List<ApiDocument.Parameter> query = operation.parameters("query");
        for (ApiDocument.Parameter parameter : query) {
            scalarValues(parameter.name(), parameter.schema(), false).forEach(hostile -> {
                if (hostile.value().isContainerNode()) {
                    return;
                }
                String text = hostile.value().isNull() ? "null" : hostile.value().asText();
                while (encode(text).length() > MAX_QUERY_VALUE) {
                    // a request line over 4 KB is refused by the HTTP layer before the service sees it (414)
                    text = text.substring(0, text.length() / 2);
                }
                add(new Case("query " + parameter.name() + ": " + hostile.what(), hostile.reject(), 0, operation.method(),
                        path(pathValues) + "?" + parameter.name() + "=" + encode(text), baseContentType(), baseBytes(),
                        true, Map.of(), Map.of()));
            });
        }
        if (query.stream().anyMatch(parameter -> parameter.name().equals("page"))) {
            for (String page : List.of("2147483647", "10000001", "99999999999")) {
                add(new Case("query page: " + page + " (past the last page a query can reach)", true, 400,
                        operation.method(), path(pathValues) + "?page=" + page + "&size=50", baseContentType(), baseBytes(),
                        true, Map.of(), Map.of()));
            }
        }
        if (!query.isEmpty()) {
            StringBuilder all = new StringBuilder();
            for (ApiDocument.Parameter parameter : query) {
                values.value(parameter.name(), parameter.schema(), ValidValues.Fill.USUAL).filter(v -> !v.isContainerNode())
                        .ifPresent(v -> all.append(all.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
                                .append(encode(v.asText())));
            }
            add(new Case("every query parameter with a plausible value", false, 0, operation.method(), path(pathValues) + all,
                    baseContentType(), baseBytes(), true, Map.of(), Map.of()));
            add(new Case("a query parameter twice, the second hostile", false, 0, operation.method(), path(pathValues)
                    + "?" + query.get(0).name() + "=1&" + query.get(0).name() + "=" + encode(SQL_QUOTE), baseContentType(),
                    baseBytes(), true, Map.of(), Map.of()));
        }
    }

    private void headerParameters() {
        for (ApiDocument.Parameter parameter : operation.parameters("header")) {
            if (parameter.name().equalsIgnoreCase("If-Match")) {
                add(new Case("header If-Match: an ETag the resource never had", true, 0, operation.method(),
                        path(pathValues), baseContentType(), baseBytes(), true, Map.of("If-Match", "\"999999\""), Map.of()));
                add(new Case("header If-Match: not an ETag", true, 0, operation.method(), path(pathValues),
                        baseContentType(), baseBytes(), true, Map.of("If-Match", SQL_QUOTE), Map.of()));
            } else {
                for (String value : List.of(SQL_QUOTE, "!!;q=abc, *;q=2", "x".repeat(2000))) {
                    add(new Case("header " + parameter.name() + ": " + abbreviate(value), false, 0, operation.method(),
                            path(pathValues), baseContentType(), baseBytes(), true, Map.of(parameter.name(), value), Map.of()));
                }
            }
        }
    }

    // --- whole bodies

    private void jsonBodies() {
        Set<String> required = ValidValues.required(document.resolve(operation.bodySchema()));
        String type = operation.bodyType();
        body("malformed JSON: cut short", true, type, utf8("{\"" + firstProperty().orElse("a") + "\": "));
        body("malformed JSON: single quotes", true, type, utf8("{'" + firstProperty().orElse("a") + "': 'x'}"));
        body("malformed JSON: trailing comma", true, type, utf8("{\"" + firstProperty().orElse("a") + "\": \"x\",}"));
        body("malformed JSON: garbage after the object", true, type, utf8(json(baseOrEmpty()) + " }]x"));
        body("not JSON at all", true, type, utf8("this is not JSON"));
        body("invalid UTF-8 in a string", true, type, invalidUtf8());
        body("wrong JSON type: array", true, type, utf8("[]"));
        body("wrong JSON type: string", true, type, utf8("\"text\""));
        body("wrong JSON type: number", true, type, utf8("42"));
        body("wrong JSON type: null", true, type, utf8("null"));
        body("empty body", operation.bodyRequired(), type, new byte[0]);
        boolean patch = operation.method().equals("PATCH");
        body("{} (every required field missing)", !required.isEmpty() && !patch, type, utf8("{}"));
        ObjectNode unknown = baseOrEmpty().deepCopy();
        unknown.put("hostileUnknownField", SQL_QUOTE);
        body("an unknown field", true, type, utf8(json(unknown)));
        body("deeply nested arrays (5000 levels)", true, type, utf8("[".repeat(5000) + "]".repeat(5000)));
        body("deeply nested objects in a field (5000 levels)", true, type,
                utf8(json(baseOrEmpty()).replaceFirst("^\\{", "{\"hostileUnknownField\":" + "{\"a\":".repeat(5000)
                        + "1" + "}".repeat(5000) + (baseOrEmpty().isEmpty() ? "" : ","))));
        body("oversized body (3 MB)", true, type, oversized(LARGE_BODY_BYTES));
        body("body over the size limit (6 MB)", true, type, oversized(OVER_LIMIT_BODY_BYTES));
        byte[] base = utf8(json(baseOrEmpty()));
        add(new Case("Content-Type text/plain", true, 0, operation.method(), path(pathValues), "text/plain", base, true,
                Map.of(), Map.of()));
        add(new Case("Content-Type application/xml", true, 0, operation.method(), path(pathValues), "application/xml",
                utf8("<a>" + SCRIPT + "</a>"), true, Map.of(), Map.of()));
        // without a Content-Type a server may look at the body (RFC 9110, 8.3), and JSON has no charset parameter
        // (RFC 8259, 11): these may be accepted, but never with a 5xx
        add(new Case("no Content-Type", false, 0, operation.method(), path(pathValues), null, freshCodes(base), true,
                Map.of(), Map.of()));
        add(new Case("Content-Type with an unknown charset", false, 0, operation.method(), path(pathValues),
                type + "; charset=no-such-charset", freshCodes(base), true, Map.of(), Map.of()));
    }

    private void otherBodies() {
        String type = operation.bodyType();
        String example = operation.bodyExample().isTextual() ? operation.bodyExample().asText() : "";
        body("empty body", operation.bodyRequired(), type, new byte[0]);
        body("binary garbage", true, type, new byte[] {0, (byte) 0xff, (byte) 0xfe, 0x1b, 0x00, 0x7f, (byte) 0xc3, 0x28});
        body("unknown columns", true, type, utf8("hostile,columns\n" + SQL_QUOTE + "," + SCRIPT + "\n"));
        body("an unclosed quote", true, type, utf8(example.isEmpty() ? "\"unclosed\n" : example.replaceFirst("\n", "\n\"")));
        if (!example.isEmpty()) {
            String header = example.substring(0, example.indexOf('\n') + 1);
            body("a row with too many columns", true, type, utf8(header + "a,".repeat(200) + "\n"));
            body("a row with one column", true, type, utf8(header + "X\n"));
        }
        body("oversized body (3 MB)", true, type, utf8("x".repeat(LARGE_BODY_BYTES)));
        body("body over the size limit (6 MB)", true, type, utf8("x".repeat(OVER_LIMIT_BODY_BYTES)));
        add(new Case("Content-Type application/json", true, 0, operation.method(), path(pathValues),
                "application/json", utf8("{\"code\": \"X\"}"), true, Map.of(), Map.of()));
    }

    private void body(String label, boolean reject, String contentType, byte[] body) {
        add(new Case("body: " + label, reject, 0, operation.method(), path(pathValues), contentType, body, true, Map.of(),
                Map.of()));
    }

    // --- one field at a time

    private void properties(JsonNode schema, List<Object> at, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        Set<String> required = ValidValues.required(schema);
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode propertySchema = document.resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            List<Object> path = append(at, name);
            boolean isRequired = required.contains(name) && !operation.method().equals("PATCH");
            String type = typeOf(propertySchema);
            switch (type) {
                case "object" -> {
                    field(path, "wrong type (array)", JSON.arrayNode().add(1), true);
                    field(path, "wrong type (number)", JSON.numberNode(42), true);
                    properties(propertySchema, path, depth + 1);
                }
                case "array" -> array(path, name, propertySchema, depth);
                default -> scalarValues(name, propertySchema, true).forEach(hostile -> field(path, hostile.what(),
                        hostile.value(), hostile.reject()));
            }
            field(path, "null", JSON.nullNode(), isRequired);
            if (isRequired) {
                ObjectNode missing = baseBody.deepCopy();
                if (remove(missing, path)) {
                    add(jsonCase(label(path, "missing"), true, missing, Map.of()));
                }
            }
        }
        for (ValidValues.DatePairs pair : ValidValues.DatePairs.of(schema)) {
            ObjectNode spoilt = baseBody.deepCopy();
            put(spoilt, append(at, pair.start()), TextNode.valueOf("2022-06-06"));
            put(spoilt, append(at, pair.end()), TextNode.valueOf("2022-06-05"));
            add(jsonCase(label(append(at, pair.end()), "the day before " + pair.start()), true, spoilt, Map.of()));
            ObjectNode impossible = baseBody.deepCopy();
            put(impossible, append(at, pair.start()), TextNode.valueOf("2022-02-30"));
            put(impossible, append(at, pair.end()), TextNode.valueOf("2022-02-28"));
            add(jsonCase(label(append(at, pair.start()), "2022-02-30, with " + pair.end() + " 2022-02-28"), true, impossible,
                    Map.of()));
        }
    }

    private void array(List<Object> path, String name, JsonNode schema, int depth) {
        JsonNode items = document.resolve(schema.path("items"));
        field(path, "wrong type (string)", TextNode.valueOf("x"), true);
        field(path, "wrong type (object)", JSON.objectNode().put("x", 1), true);
        if (schema.has("maxItems")) {
            int max = schema.get("maxItems").asInt();
            Optional<JsonNode> item = values.value(name, items, ValidValues.Fill.USUAL);
            ArrayNode tooMany = JSON.arrayNode();
            for (int i = 0; i <= max; i++) {
                tooMany.add(item.isPresent() ? item.get().deepCopy() : TextNode.valueOf("x" + i));
            }
            field(path, "over maxItems (" + (max + 1) + " items)", tooMany, true);
            ArrayNode tenTimes = JSON.arrayNode();
            for (int i = 0; i < 10 * max; i++) {
                tenTimes.add("object".equals(typeOf(items)) ? JSON.objectNode()
                        : item.isPresent() ? item.get().deepCopy() : TextNode.valueOf("x" + i));
            }
            ObjectNode spoilt = baseBody.deepCopy();
            if (put(spoilt, path, tenTimes)) {
                add(new Case(label(path, "10 times its maxItems (" + 10 * max + " items)"), true, 400, operation.method(),
                        path(pathValues), operation.bodyType(), utf8(json(spoilt)), true, Map.of(), Map.of(), true));
            }
        }
        if (schema.path("minItems").asInt(0) > 0) {
            field(path, "under minItems (empty)", JSON.arrayNode(), true);
        }
        List<Object> first = append(path, 0);
        if ("object".equals(typeOf(items))) {
            field(first, "wrong type (string)", TextNode.valueOf("x"), true);
            properties(items, first, depth + 1);
        } else {
            scalarValues(name, items, true).forEach(hostile -> field(first, hostile.what(), hostile.value(), hostile.reject()));
            field(first, "null", JSON.nullNode(), true);
        }
    }

    private void field(List<Object> path, String what, JsonNode value, boolean reject) {
        ObjectNode spoilt = baseBody.deepCopy();
        if (!put(spoilt, path, value)) {
            return;
        }
        Map<String, String> sent = !reject && value.isTextual() ? Map.of(pathText(path), value.asText()) : Map.of();
        add(jsonCase(label(path, what), reject, spoilt, sent));
    }

    /** A hostile value for a scalar, and whether a service must refuse it. */
    record Hostile(String what, JsonNode value, boolean reject) {
    }

    /** The hostile values for a scalar of this schema (in a body, or as a query parameter's text). */
    List<Hostile> scalarValues(String name, JsonNode schema, boolean inBody) {
        List<Hostile> hostile = new ArrayList<>();
        String type = typeOf(schema);
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            hostile.add(new Hostile("unknown enum value", TextNode.valueOf("NOT_A_KNOWN_VALUE"), true));
            String first = schema.get("enum").get(0).asText();
            if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                hostile.add(new Hostile("enum value in lower case", TextNode.valueOf(first.toLowerCase(Locale.ROOT)), true));
            }
            hostile.add(new Hostile("SQL metacharacters", TextNode.valueOf(SQL_QUOTE), true));
            if (inBody) {
                hostile.add(new Hostile("wrong type (object)", JSON.objectNode().put("x", 1), true));
            }
            return hostile;
        }
        switch (type) {
            case "integer", "number" -> numbers(schema, type, inBody, hostile);
            case "boolean" -> {
                hostile.add(new Hostile("not a boolean", TextNode.valueOf("maybe"), true));
                if (inBody) {
                    hostile.add(new Hostile("wrong type (object)", JSON.objectNode().put("x", 1), true));
                }
            }
            default -> strings(name, schema, format, inBody, hostile);
        }
        return hostile;
    }

    private static void numbers(JsonNode schema, String type, boolean inBody, List<Hostile> hostile) {
        boolean integer = type.equals("integer");
        if (schema.has("minimum")) {
            BigInteger minimum = schema.get("minimum").decimalValue().toBigInteger();
            BigInteger below = schema.path("exclusiveMinimum").asBoolean(false) ? minimum : minimum.subtract(BigInteger.ONE);
            hostile.add(new Hostile("below minimum (" + below + ")", JSON.numberNode(below), true));
            if (minimum.signum() >= 0) {
                hostile.add(new Hostile("negative", JSON.numberNode(-1), true));
            }
        }
        if (schema.has("maximum")) {
            BigInteger maximum = schema.get("maximum").decimalValue().toBigInteger();
            BigInteger above = schema.path("exclusiveMaximum").asBoolean(false) ? maximum : maximum.add(BigInteger.ONE);
            hostile.add(new Hostile("above maximum (" + above + ")", JSON.numberNode(above), true));
            hostile.add(new Hostile("far above maximum (100000)", JSON.numberNode(maximum.max(BigInteger.valueOf(99_999))
                    .add(BigInteger.ONE)), true));
        }
        boolean bounded = schema.has("maximum") || schema.has("format");
        hostile.add(new Hostile("huge (1e20)", JSON.numberNode(new BigInteger("100000000000000000000")), bounded));
        hostile.add(new Hostile("2000 digits", JSON.numberNode(new BigInteger("9".repeat(2000))), true));
        hostile.add(new Hostile("not a number", TextNode.valueOf("abc"), true));
        hostile.add(new Hostile("NaN", TextNode.valueOf("NaN"), true));
        if (integer) {
            hostile.add(new Hostile("a fraction", JSON.numberNode(new java.math.BigDecimal("1.5")), !inBody));
        } else if (schema.has("multipleOf")) {
            hostile.add(new Hostile("not a multiple of " + schema.get("multipleOf").asText(),
                    JSON.numberNode(new java.math.BigDecimal("1.0001")), true));
        }
        if (inBody) {
            hostile.add(new Hostile("wrong type (object)", JSON.objectNode().put("x", 1), true));
            hostile.add(new Hostile("wrong type (boolean)", JSON.booleanNode(true), true));
        }
    }

    private static void strings(String name, JsonNode schema, String format, boolean inBody, List<Hostile> hostile) {
        switch (format) {
            case "uuid" -> {
                hostile.add(new Hostile("unknown id", TextNode.valueOf(UUID.randomUUID().toString()), inBody));
                hostile.add(new Hostile("not a UUID", TextNode.valueOf("not-a-uuid"), true));
                hostile.add(new Hostile("path traversal", TextNode.valueOf("../../etc/passwd"), true));
                hostile.add(new Hostile("SQL metacharacters", TextNode.valueOf(SQL_QUOTE), true));
            }
            case "date" -> {
                hostile.add(new Hostile("impossible date 2022-02-30", TextNode.valueOf("2022-02-30"), true));
                hostile.add(new Hostile("month 13", TextNode.valueOf("2022-13-01"), true));
                hostile.add(new Hostile("not a date", TextNode.valueOf("not-a-date"), true));
                hostile.add(new Hostile("a Buddhist-Era date written as ISO (2565-06-06)", TextNode.valueOf("2565-06-06"), false));
                hostile.add(new Hostile("year 10000", TextNode.valueOf("+10000-01-01"), false));
                hostile.add(new Hostile("year 1", TextNode.valueOf("0001-01-01"), false));
                hostile.add(new Hostile("year -1", TextNode.valueOf("-0001-01-01"), false));
                hostile.add(new Hostile("SQL metacharacters", TextNode.valueOf(SQL_QUOTE), true));
            }
            case "date-time" -> {
                hostile.add(new Hostile("impossible instant", TextNode.valueOf("2022-02-30T10:00:00+07:00"), true));
                hostile.add(new Hostile("not an instant", TextNode.valueOf("not-an-instant"), true));
                hostile.add(new Hostile("year 10000", TextNode.valueOf("+10000-01-01T00:00:00Z"), false));
                hostile.add(new Hostile("SQL metacharacters", TextNode.valueOf(SQL_QUOTE), true));
            }
            default -> {
                int maxLength = schema.path("maxLength").asInt(-1);
                String pattern = schema.path("pattern").asText(null);
                if (maxLength >= 0) {
                    hostile.add(new Hostile("over maxLength (" + (maxLength + 1) + " chars)",
                            TextNode.valueOf("ก".repeat(maxLength + 1)), true));
                }
                if (maxLength < 0 || maxLength + 1 < 10_000) {
                    hostile.add(new Hostile("10000 characters", TextNode.valueOf("ข".repeat(10_000)), maxLength >= 0));
                }
                if ("\\S".equals(pattern)) {
                    hostile.add(new Hostile("blank", TextNode.valueOf("   "), true));
                } else if (pattern != null && !Pattern.compile(pattern).matcher("!!").find()) {
                    hostile.add(new Hostile("against its pattern", TextNode.valueOf("!!"), true));
                }
                if (name.equals("callbackUrl")) {
                    UNROUTABLE_CALLBACKS.forEach(url -> hostile.add(new Hostile("unroutable callback " + url,
                            TextNode.valueOf(url), true)));
                }
                for (String text : List.of(SQL_QUOTE, SQL_DROP, SCRIPT, ValidValues.THAI, "a\u0000b", "\u202Eevil\u202C")) {
                    boolean invalid = pattern != null && !ValidValues.matches(schema, text)
                            || maxLength >= 0 && text.length() > maxLength;
                    hostile.add(new Hostile(describe(text), TextNode.valueOf(text), invalid));
                }
                if (inBody) {
                    hostile.add(new Hostile("wrong type (object)", JSON.objectNode().put("x", 1), true));
                    hostile.add(new Hostile("wrong type (array)", JSON.arrayNode().add("x"), true));
                }
            }
        }
    }

    private static String describe(String text) {
        return switch (text) {
            case SQL_QUOTE -> "SQL metacharacters (quote)";
            case SQL_DROP -> "SQL metacharacters (DROP TABLE)";
            case SCRIPT -> "script";
            case ValidValues.THAI -> "Thai with combining marks and emoji";
            case "a\u0000b" -> "NUL character";
            default -> "right-to-left override";
        };
    }

    // --- helpers

    private Case jsonCase(String label, boolean reject, JsonNode body, Map<String, String> sent) {
        if (body instanceof ObjectNode object && !label.startsWith("body.code:")) {
            refreshCodes(object);
        }
        return new Case(label, reject, 0, operation.method(), path(pathValues), operation.bodyType(), utf8(json(body)),
                true, Map.of(), sent);
    }

    /**
     * A new unique business code in place of the base body's: a case that a service accepts (free text is free) uses
     * up its code, and the next case must not be refused as a duplicate before its own point is tested.
     */
    private void refreshCodes(ObjectNode body) {
        JsonNode codeSchema = document.resolve(document.resolve(operation.bodySchema()).path("properties").path("code"));
        if (body.path("code").isTextual() && body.get("code").asText().startsWith("HOSTILE_")) {
            body.put("code", ValidValues.uniqueCode(codeSchema));
        }
    }

    private byte[] freshCodes(byte[] json) {
        try {
            JsonNode body = MAPPER.readTree(json);
            if (body instanceof ObjectNode object) {
                refreshCodes(object);
            }
            return utf8(json(body));
        } catch (java.io.IOException e) {
            return json;
        }
    }

    private void add(Case c) {
        cases.add(c);
    }

    private String path(Map<String, String> values) {
        String path = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private String baseContentType() {
        return operation.bodyType();
    }

    private byte[] baseBytes() {
        if (operation.bodyType() == null) {
            return null;
        }
        if (!operation.hasJsonBody()) {
            return operation.bodyExample().isTextual() ? utf8(operation.bodyExample().asText()) : new byte[0];
        }
        return utf8(json(baseOrEmpty()));
    }

    private ObjectNode baseOrEmpty() {
        return baseBody instanceof ObjectNode object ? object : JSON.objectNode();
    }

    private Optional<String> firstProperty() {
        Iterator<String> names = document.resolve(operation.bodySchema()).path("properties").fieldNames();
        return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
    }

    /** The base body with its first string field (or an added one) grown to about {@code bytes} bytes. */
    private byte[] oversized(int bytes) {
        ObjectNode big = baseOrEmpty().deepCopy();
        String field = "hostileUnknownField";
        for (Iterator<Map.Entry<String, JsonNode>> properties = document.resolve(operation.bodySchema()).path("properties")
                .fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode schema = document.resolve(property.getValue());
            if ("string".equals(typeOf(schema)) && !schema.has("format") && !schema.has("enum")) {
                field = property.getKey();
                break;
            }
        }
        big.put(field, "ก".repeat(bytes / 3));
        return utf8(json(big));
    }

    private byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = firstProperty().orElse("a");
        out.writeBytes(utf8("{\"" + name + "\": \"a"));
        out.writeBytes(new byte[] {(byte) 0xc3, 0x28, (byte) 0xff});
        out.writeBytes(utf8("\"}"));
        return out.toByteArray();
    }

    static String typeOf(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static List<Object> append(List<Object> path, Object next) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(next);
        return longer;
    }

    private static String label(List<Object> path, String what) {
        return "body." + pathText(path) + ": " + what;
    }

    static String pathText(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }

    /** Sets the value at the path, making the objects and one-item arrays on the way from the schema where missing. */
    private boolean put(ObjectNode body, List<Object> path, JsonNode value) {
        JsonNode node = body;
        JsonNode schema = document.resolve(operation.bodySchema());
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object next = path.get(i + 1);
            if (step instanceof String name) {
                JsonNode propertySchema = document.resolve(schema.path("properties").path(name));
                JsonNode child = node.path(name);
                if (!(next instanceof Integer ? child.isArray() && child.size() > 0 : child.isObject())) {
                    Optional<JsonNode> made = values.value(name, propertySchema, ValidValues.Fill.USUAL);
                    if (made.isEmpty() || (next instanceof Integer ? made.get().size() == 0 : !made.get().isObject())) {
                        child = next instanceof Integer ? JSON.arrayNode().add(JSON.objectNode()) : JSON.objectNode();
                    } else {
                        child = made.get();
                    }
                    ((ObjectNode) node).set(name, child);
                }
                node = child;
                schema = propertySchema;
            } else {
                node = node.get((Integer) step);
                schema = document.resolve(schema.path("items"));
            }
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof String name && node instanceof ObjectNode object) {
            object.set(name, value);
            return true;
        }
        if (last instanceof Integer index && node instanceof ArrayNode array) {
            if (array.size() <= index) {
                array.add(value);
            } else {
                array.set(index, value);
            }
            return true;
        }
        return false;
    }

    private static boolean remove(ObjectNode body, List<Object> path) {
        JsonNode node = body;
        for (int i = 0; i < path.size() - 1; i++) {
            node = path.get(i) instanceof Integer index ? node.path(index) : node.path((String) path.get(i));
        }
        return node instanceof ObjectNode object && object.remove((String) path.get(path.size() - 1)) != null;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "… (" + text.length() + " chars)" : text;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
