package smartcity.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One service's OpenAPI document (as its build wrote it to {@code <service>/openapi/openapi.json}), read as the list
 * of its operations, each with its parameters and request body schema; {@link #resolve} flattens a schema's
 * {@code $ref} and single-{@code allOf} wrappers (how OpenAPI 3.0 renders a described reference) into one object.
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** A parameter as documented, its schema resolved. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation.
     *
     * @param bodyType the request body's first media type, or null without a body
     * @param bodySchema its schema, resolved (missing node without a body)
     * @param bodyExample the body's documented example, if any (missing node otherwise)
     * @param secured whether the operation declares a security requirement
     * @param successTypes the media types of its success responses, in the document's order
     * @param readable whether the document has a GET on the same path
     * @param creates whether it answers 201 Created
     */
    record Operation(String service, String method, String path, List<Parameter> parameters, String bodyType,
            JsonNode bodySchema, JsonNode bodyExample, boolean bodyRequired, boolean secured, List<String> successTypes,
            boolean readable, boolean creates) {

        String name() {
            return method + " " + path;
        }

        List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean hasJsonBody() {
            return bodyType != null && bodyType.toLowerCase(Locale.ROOT).contains("json");
        }
    }

    private final String service;
    private final JsonNode root;

    private ApiDocument(String service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    static ApiDocument of(Path home, String service) {
        Path file = home.resolve(service).resolve("openapi/openapi.json");
        try {
            return new ApiDocument(service, new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException(file + " could not be read; package " + service + " first", e);
        }
    }

    static ApiDocument of(String service, JsonNode root) {
        return new ApiDocument(service, root);
    }

    String service() {
        return service;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = root.path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            JsonNode item = paths.get(path);
            for (Iterator<Map.Entry<String, JsonNode>> entries = item.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations.add(operation(path, item, entry.getKey().toUpperCase(Locale.ROOT), entry.getValue()));
            }
        }
        return operations;
    }

    private Operation operation(String path, JsonNode item, String method, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : source) {
                JsonNode parameter = resolve(p);
                parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
            }
        }
        String bodyType = null;
        JsonNode bodySchema = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        JsonNode bodyExample = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        JsonNode body = resolve(op.path("requestBody"));
        Iterator<Map.Entry<String, JsonNode>> content = body.path("content").fields();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            bodyType = first.getKey();
            bodySchema = resolve(first.getValue().path("schema"));
            bodyExample = first.getValue().has("example") ? first.getValue().get("example")
                    : first.getValue().path("examples").elements().hasNext()
                    ? first.getValue().path("examples").elements().next().path("value") : bodyExample;
        }
        List<String> successTypes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields(); responses.hasNext(); ) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("2")) {
                resolve(response.getValue()).path("content").fieldNames().forEachRemaining(successTypes::add);
            }
        }
        boolean secured = op.has("security") ? op.path("security").size() > 0 : root.path("security").size() > 0;
        return new Operation(service, method, path, List.copyOf(parameters), bodyType, bodySchema, bodyExample,
                body.path("required").asBoolean(false), secured, List.copyOf(successTypes), item.has("get"),
                op.path("responses").has("201"));
    }

    /**
     * The schema with its {@code $ref} followed and {@code allOf} parts merged in (the outer keywords win: a property
     * that says {@code allOf: [$ref UUID]} keeps its own description and example). Nested schemas are left as they
     * are; resolve them when you reach them.
     */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return schema == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : schema;
        }
        if (schema.has("$ref")) {
            JsonNode target = root.at(schema.get("$ref").asText().substring(1));
            ObjectNode merged = resolve(target).deepCopy();
            schema.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            return merged;
        }
        if (schema.has("allOf")) {
            ObjectNode merged = new ObjectMapper().createObjectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(field -> {
                    if (field.getKey().equals("properties") && merged.has("properties")) {
                        ((ObjectNode) merged.get("properties")).setAll((ObjectNode) field.getValue());
                    } else if (field.getKey().equals("required") && merged.has("required")) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) merged.get("required")).addAll(
                                (com.fasterxml.jackson.databind.node.ArrayNode) field.getValue());
                    } else {
                        merged.set(field.getKey(), field.getValue().deepCopy());
                    }
                });
            }
            schema.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("allOf")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            return merged;
        }
        return schema;
    }
}
