package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hostile cases come from the document alone: a new operation, or a new field with a limit, gets its cases
 * without anyone listing them. Shown on a small document with one of each kind of field.
 */
class HostileCasesTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.3",
             "paths": {
               "/things": {
                 "get": {"parameters": [
                     {"name": "size", "in": "query", "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 200}},
                     {"name": "asOf", "in": "query", "schema": {"$ref": "#/components/schemas/LocalDate"}}],
                   "responses": {"200": {"content": {"application/json": {}}}}},
                 "post": {"security": [{"jwt": []}],
                   "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingDetails"}}}},
                   "responses": {"201": {"content": {"application/json": {}}}}}},
               "/things/{id}/closing": {
                 "post": {"security": [{"jwt": []}],
                   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/UUID"}}],
                   "responses": {"200": {}}}}},
             "components": {"schemas": {
               "UUID": {"type": "string", "format": "uuid"},
               "LocalDate": {"type": "string", "format": "date", "example": "2022-03-10"},
               "Kind": {"type": "string", "enum": ["SMALL", "LARGE"]},
               "ThingDetails": {"type": "object", "required": ["code", "nameTh", "startDate"], "properties": {
                 "code": {"type": "string", "maxLength": 40, "pattern": "[A-Z][A-Z0-9_]{1,39}"},
                 "nameTh": {"type": "string", "maxLength": 40, "pattern": "\\\\S"},
                 "kind": {"type": "string", "allOf": [{"$ref": "#/components/schemas/Kind"}]},
                 "startDate": {"type": "string", "allOf": [{"$ref": "#/components/schemas/LocalDate"}]},
                 "endDate": {"type": "string", "allOf": [{"$ref": "#/components/schemas/LocalDate"}]},
                 "count": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 5},
                 "ownerId": {"type": "string", "allOf": [{"$ref": "#/components/schemas/UUID"}]}}}}}}
            """;

    private final ApiDocument document;
    private final KnownIds ids = new KnownIds();

    HostileCasesTest() throws Exception {
        JsonNode root = new ObjectMapper().readTree(DOCUMENT);
        document = ApiDocument.of("thing-service", root);
        ids.learnPaths(document.operations());
        ids.learn("/things", new ObjectMapper().readTree("{\"items\": [{\"id\": \"0b9f3c1e-1d2a-4c3b-8e4f-5a6b7c8d9e0f\"}]}"));
    }

    private Map<String, HostileCases.Case> cases(String method, String path) {
        ApiDocument.Operation operation = document.operations().stream()
                .filter(op -> op.method().equals(method) && op.path().equals(path)).findFirst().orElseThrow();
        ValidValues values = new ValidValues(document, ids, "thing", true, Set.of());
        JsonNode base = operation.hasJsonBody() ? values.object(operation.bodySchema(), ValidValues.Fill.USUAL).orElseThrow() : null;
        Map<String, String> pathValues = path.contains("{id}") ? Map.of("id", "0b9f3c1e-1d2a-4c3b-8e4f-5a6b7c8d9e0f") : Map.of();
        return new HostileCases(document, operation, pathValues, base, values).all().stream()
                .collect(Collectors.toMap(HostileCases.Case::label, Function.identity(), (a, b) -> a));
    }

    private static String body(HostileCases.Case c) {
        return new String(c.body(), StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldGetsTheCasesItsSchemaCallsFor() {
        Map<String, HostileCases.Case> cases = cases("POST", "/things");
        Map<String, Boolean> expected = Map.ofEntries(
                Map.entry("body.nameTh: over maxLength (41 chars)", true),
                Map.entry("body.nameTh: blank", true),
                Map.entry("body.nameTh: missing", true),
                Map.entry("body.code: against its pattern", true),
                Map.entry("body.kind: unknown enum value", true),
                Map.entry("body.startDate: impossible date 2022-02-30", true),
                Map.entry("body.endDate: the day before startDate", true),
                Map.entry("body.count: below minimum (0)", true),
                Map.entry("body.count: above maximum (6)", true),
                Map.entry("body.count: not a number", true),
                Map.entry("body.ownerId: unknown id", true),
                Map.entry("body.ownerId: path traversal", true),
                Map.entry("body.nameTh: SQL metacharacters (quote)", false),
                Map.entry("body.nameTh: script", false),
                Map.entry("body: malformed JSON: cut short", true),
                Map.entry("body: wrong JSON type: array", true),
                Map.entry("body: {} (every required field missing)", true),
                Map.entry("body: oversized body (3 MB)", true),
                Map.entry("Content-Type text/plain", true),
                Map.entry("no bearer token", true));
        expected.forEach((label, reject) -> {
            assertTrue(cases.containsKey(label), "no case " + label + " among " + cases.keySet());
            assertEquals(reject, cases.get(label).mustReject(), label);
        });
        assertEquals(401, cases.get("no bearer token").expectedStatus());
        assertFalse(cases.get("no bearer token").withToken());
        assertTrue(body(cases.get("body.endDate: the day before startDate")).contains("\"startDate\":\"2022-06-06\""));
        assertTrue(body(cases.get("body.endDate: the day before startDate")).contains("\"endDate\":\"2022-06-05\""));
        assertTrue(cases.get("body: oversized body (3 MB)").body().length >= HostileCases.LARGE_BODY_BYTES);
        // free text that may be accepted is compared with what is read back
        assertEquals(Map.of("nameTh", HostileCases.SCRIPT), cases.get("body.nameTh: script").sentText());
    }

    @Test
    void aValidBodyHasThaiTextInFreeTextFieldsAndAFreshCode() {
        ValidValues values = new ValidValues(document, ids, "thing", true, Set.of());
        JsonNode schema = document.resolve(document.operations().get(1).bodySchema());
        JsonNode first = values.object(schema, ValidValues.Fill.USUAL).orElseThrow();
        JsonNode second = values.object(schema, ValidValues.Fill.USUAL).orElseThrow();
        assertTrue(ValidValues.isThaiSample(first.get("nameTh").asText()), first.toString());
        assertTrue(first.get("nameTh").asText().length() <= 40, first.toString());
        assertTrue(first.get("code").asText().matches("[A-Z][A-Z0-9_]{1,39}"), first.toString());
        assertFalse(first.get("code").equals(second.get("code")), "codes are unique");
        assertEquals("2022-03-10", first.get("startDate").asText());
        JsonNode all = values.object(schema, ValidValues.Fill.ALL).orElseThrow();
        assertEquals("0b9f3c1e-1d2a-4c3b-8e4f-5a6b7c8d9e0f", all.path("ownerId").asText(), "a known id of its kind");
        assertTrue(all.path("endDate").asText().compareTo(all.path("startDate").asText()) >= 0, all.toString());
    }

    @Test
    void pathIdsAndQueryParametersGetTheirCases() {
        Map<String, HostileCases.Case> closing = cases("POST", "/things/{id}/closing");
        assertEquals("/things/..%2F..%2Fetc%2Fpasswd/closing", closing.get("path {id}: encoded path traversal").rawPath());
        assertTrue(closing.get("path {id}: unknown id").mustReject());
        assertTrue(closing.get("path {id}: NUL byte").rawPath().contains("%00"));

        Map<String, HostileCases.Case> list = cases("GET", "/things");
        assertEquals("/things?size=201", list.get("query size: above maximum (201)").rawPath());
        assertEquals("/things?size=-1", list.get("query size: negative").rawPath());
        assertTrue(list.get("query size: far above maximum (100000)").mustReject());
        assertEquals("/things?asOf=2022-02-30", list.get("query asOf: impossible date 2022-02-30").rawPath());
        assertFalse(list.get("query asOf: year 10000").mustReject());
    }

    @Test
    void idsAreFiledUnderTheKindThatNamesThem() {
        assertEquals("thing", ids.parameterKind("/things/{id}/closing", "id"));
        assertEquals("thing", ids.fieldKind("ownerThingId", "other"));
        assertEquals("other", ids.fieldKind("parentId", "other"));
        assertEquals("surveyround", KnownIds.singular("survey-rounds"));
        assertEquals("agency", KnownIds.singular("agencies"));
        assertEquals("person", KnownIds.singular("people"));
    }
}
