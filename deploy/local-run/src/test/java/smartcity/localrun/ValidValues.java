package smartcity.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Values a service should accept, made from a schema alone: its {@code example}, else its type, format, enum and
 * pattern; ids of things that exist ({@link KnownIds}); a fresh unique value for every {@code code}; and Thai text with
 * combining marks and an emoji in every free-text field, so that a successful write can be read back and compared.
 */
final class ValidValues {

    /** Thai with tone marks and vowels above and below, an emoji with a skin tone and a zero-width joiner. */
    static final String THAI = "ผู้ว่าราชการจังหวัดเชียงใหม่ 👩🏽‍💼 ก้ำ ข๋ ฟ้ํ";
    /** Shorter ones for short fields, longest first; each still has combining marks. */
    private static final List<String> SHORTER_THAI = List.of(THAI, "ก้ำ ข๋ ฟ้ํ 👩🏽‍💼", "ก้ำ 👩🏽‍💼", "ก้ำ ข๋", "ก้ำ");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase(Locale.ROOT);

    /** How much of an object's optional part a body carries. */
    enum Fill {
        /** every property a value can be made for */
        ALL,
        /** the required properties, those with an example and the free-text ones */
        USUAL,
        /** the required properties only */
        REQUIRED
    }

    private final ApiDocument document;
    private final KnownIds ids;
    private final String collectionKind;
    private final boolean preferFresh;
    private final Set<String> avoid;

    /**
     * @param collectionKind the kind of thing the operation is about: an id field that names no kind refers to one
     * @param preferFresh whether ids should name things this suite created rather than the scenario's
     * @param avoid ids not to use in the body (the operation's own target: an agency is not merged into itself)
     */
    ValidValues(ApiDocument document, KnownIds ids, String collectionKind, boolean preferFresh, Set<String> avoid) {
        this.document = document;
        this.ids = ids;
        this.collectionKind = collectionKind;
        this.preferFresh = preferFresh;
        this.avoid = avoid;
    }

    /** Free text: a string with no format, enum or pattern (other than "not blank"), not a code, address or number. */
    static boolean isFreeText(String name, JsonNode schema) {
        if (!"string".equals(schema.path("type").asText()) || schema.has("enum") || schema.has("format")) {
            return false;
        }
        String pattern = schema.path("pattern").asText(null);
        if (pattern != null && !pattern.equals("\\S")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return !(lower.equals("code") || lower.endsWith("id") || lower.contains("url") || lower.contains("email")
                || lower.contains("phone") || lower.contains("website") || lower.endsWith("code"));
    }

    /** Whether a value is one of the Thai texts this class puts in free-text fields. */
    static boolean isThaiSample(String text) {
        return SHORTER_THAI.contains(text);
    }

    /** The longest of the Thai texts that fits a field's maximum length. */
    static String thaiFitting(JsonNode schema) {
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return SHORTER_THAI.stream().filter(text -> text.length() <= max).findFirst().orElse("ก");
    }

    /** A business code nobody has used: it matches the code patterns of the documents ({@code [A-Z][A-Z0-9_-]...}). */
    static String uniqueCode(JsonNode schema) {
        String code = "HOSTILE_" + RUN + "_" + SEQUENCE.incrementAndGet();
        int max = schema.path("maxLength").asInt(40);
        return code.length() <= max ? code : code.substring(code.length() - max).replaceFirst("^[^A-Z]+", "H");
    }

    /**
     * Whether a value matches the schema's pattern as the service checks it: {@code \S} is how the documents render
     * "not blank" (something that is not white space, anywhere); the others are Bean Validation patterns, which match the
     * whole value.
     */
    static boolean matches(JsonNode schema, String value) {
        String pattern = schema.path("pattern").asText(null);
        if (pattern == null) {
            return true;
        }
        return pattern.equals("\\S") ? Pattern.compile(pattern).matcher(value).find()
                : Pattern.compile(pattern).matcher(value).matches();
    }

    /** A value for a property, or empty where none can be made that the service would accept. */
    Optional<JsonNode> value(String name, JsonNode rawSchema, Fill fill) {
        JsonNode schema = document.resolve(rawSchema);
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        String format = schema.path("format").asText("");
        if ("uuid".equals(format)) {
            String kind = ids.fieldKind(name, collectionKind);
            return ids.pick(kind, preferFresh, avoid).map(TextNode::valueOf);
        }
        if ("string".equals(type) && name.equals("code")
                && !schema.has("enum")) {
            return Optional.of(TextNode.valueOf(uniqueCode(schema)));
        }
        if (isFreeText(name, schema)) {
            return Optional.of(TextNode.valueOf(thaiFitting(schema)));
        }
        if (schema.has("example") && !schema.get("example").isNull()) {
            JsonNode example = schema.get("example");
            if (!"array".equals(type) || example.isArray()) {
                return Optional.of(example.deepCopy());
            }
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return Optional.of(schema.get("enum").get(0).deepCopy());
        }
        switch (type) {
            case "string" -> {
                if ("date".equals(format)) {
                    return Optional.of(TextNode.valueOf("2022-06-06"));
                }
                if ("date-time".equals(format)) {
                    return Optional.of(TextNode.valueOf("2022-06-06T09:30:00+07:00"));
                }
                if (name.toLowerCase(Locale.ROOT).contains("email")) {
                    return Optional.of(TextNode.valueOf("hostile-input@example.org"));
                }
                if (name.toLowerCase(Locale.ROOT).contains("url")) {
                    return Optional.of(TextNode.valueOf("https://example.org/hostile-input"));
                }
                return matches(schema, "ก") ? Optional.of(TextNode.valueOf("ก")) : Optional.empty();
            }
            case "integer", "number" -> {
                long value = schema.has("minimum") ? schema.get("minimum").asLong()
                        + (schema.path("exclusiveMinimum").asBoolean(false) ? 1 : 0) : 1;
                return Optional.of(JSON.numberNode(value));
            }
            case "boolean" -> {
                return Optional.of(JSON.booleanNode(true));
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                Optional<JsonNode> item = value(singularOf(name), schema.path("items"), fill);
                int count = Math.max(1, schema.path("minItems").asInt(1));
                if (item.isEmpty()) {
                    return schema.path("minItems").asInt(0) > 0 ? Optional.empty() : Optional.of(array);
                }
                for (int i = 0; i < count; i++) {
                    array.add(i == 0 ? item.get() : value(singularOf(name), schema.path("items"), fill).orElseThrow());
                }
                return Optional.of(array);
            }
            case "object" -> {
                return object(schema, fill);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** An object with its properties as {@code fill} says, or empty when a required one cannot be made. */
    Optional<JsonNode> object(JsonNode rawSchema, Fill fill) {
        JsonNode schema = document.resolve(rawSchema);
        ObjectNode object = JSON.objectNode();
        Set<String> required = required(schema);
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode propertySchema = document.resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            boolean wanted = required.contains(name) || fill == Fill.ALL
                    || fill == Fill.USUAL && (propertySchema.has("example") || isFreeText(name, propertySchema));
            if (!wanted) {
                continue;
            }
            Optional<JsonNode> value = value(name, propertySchema, fill);
            if (value.isPresent()) {
                object.set(name, value.get());
            } else if (required.contains(name)) {
                return Optional.empty();
            }
        }
        DatePairs.of(schema).forEach(pair -> pair.putInOrder(object));
        return Optional.of(object);
    }

    static Set<String> required(JsonNode schema) {
        Set<String> required = new java.util.LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    private static String singularOf(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Two date properties of one object where the second must not be before the first ({@code startDate}/{@code
     * endDate}, {@code periodStart}/{@code periodEnd}, {@code opensOn}/{@code closesOn}, {@code startsOn}/{@code endsOn}).
     */
    record DatePairs(String start, String end) {

        private static final List<List<String>> WORDS = List.of(List.of("start", "end"), List.of("Start", "End"),
                List.of("opens", "closes"), List.of("starts", "ends"), List.of("From", "To"), List.of("from", "to"));

        static List<DatePairs> of(JsonNode schema) {
            List<DatePairs> pairs = new java.util.ArrayList<>();
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                for (List<String> words : WORDS) {
                    if (name.contains(words.get(0))) {
                        String other = name.replace(words.get(0), words.get(1));
                        if (!other.equals(name) && properties.has(other)) {
                            pairs.add(new DatePairs(name, other));
                        }
                    }
                }
            }
            return pairs.stream().distinct().toList();
        }

        /** Makes the end a year after the start when both are there and the end is not after it. */
        void putInOrder(ObjectNode object) {
            if (object.path(start).isTextual() && object.path(end).isTextual()) {
                try {
                    java.time.LocalDate from = java.time.LocalDate.parse(object.get(start).asText());
                    java.time.LocalDate to = java.time.LocalDate.parse(object.get(end).asText());
                    if (to.isBefore(from)) {
                        object.put(end, from.plusYears(1).minusDays(1).toString());
                    }
                } catch (java.time.format.DateTimeParseException notDates) {
                    // not dates after all: leave them
                }
            }
        }
    }
}
