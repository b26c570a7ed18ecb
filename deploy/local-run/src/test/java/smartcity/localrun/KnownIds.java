package smartcity.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids (and other path values) of things that exist in the running suite, learnt from what the services answered,
 * so that a generated request can name a real agency, committee or round without a list of them written down. A
 * value is filed under a <em>kind</em>: the singular of the collection it was listed in ({@code /survey-rounds} gives
 * {@code surveyround}), of the field that held it ({@code "resolutions": [...]}, {@code "chairPersonId"} gives
 * {@code person}), or of a path parameter ({@code district.code} for {@code /districts/{code}}). Values this suite
 * created itself are also kept apart ({@link #fresh}), for operations that end a thing's life.
 */
final class KnownIds {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<String, Set<String>> known = new LinkedHashMap<>();
    private final Map<String, Deque<String>> fresh = new LinkedHashMap<>();
    private final Set<String> kinds = new LinkedHashSet<>();
    /** Path templates (of every document) and the kind of each of their parameters, to read values out of links. */
    private final Map<Pattern, List<String>> templates = new LinkedHashMap<>();

    /** Learns the collections, and so the kinds, that the documents' paths name. */
    void learnPaths(List<ApiDocument.Operation> operations) {
        for (ApiDocument.Operation operation : operations) {
            String[] segments = operation.path().split("/");
            List<String> parameterKinds = new ArrayList<>();
            StringBuilder regex = new StringBuilder();
            for (int i = 1; i < segments.length; i++) {
                regex.append('/');
                if (segments[i].startsWith("{")) {
                    parameterKinds.add(parameterKind(operation.path(), segments[i].substring(1, segments[i].length() - 1)));
                    regex.append("([^/?#]+)");
                } else {
                    kinds.add(singular(segments[i]));
                    regex.append(Pattern.quote(segments[i]));
                }
            }
            if (!parameterKinds.isEmpty()) {
                templates.put(Pattern.compile(regex + "/?"), parameterKinds);
            }
        }
    }

    /** The kind of a path parameter: {@code {agencyId}} an agency, {@code {id}} whatever the segment before it lists. */
    String parameterKind(String path, String parameter) {
        String[] segments = path.split("/");
        String before = null;
        for (String segment : segments) {
            if (segment.equals("{" + parameter + "}")) {
                break;
            }
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                before = segment;
            }
        }
        String collection = before == null ? "root" : singular(before);
        if (parameter.equals("id")) {
            return collection;
        }
        if (parameter.endsWith("Id")) {
            return fieldKind(parameter, collection);
        }
        return collection + "." + parameter;
    }

    /** The kind a field like {@code chairPersonId} refers to ({@code person}); {@code fallback} when it names none. */
    String fieldKind(String field, String fallback) {
        String name = field.toLowerCase(Locale.ROOT);
        if (name.endsWith("id")) {
            name = name.substring(0, name.length() - 2);
        }
        String best = null;
        for (String kind : kinds) {
            if (!kind.isEmpty() && (name.endsWith(kind) || kind.endsWith(name) && !name.isEmpty())) {
                if (best == null || kind.length() > best.length()) {
                    best = kind;
                }
            }
        }
        return best != null ? best : fallback;
    }

    /** {@code survey-rounds} → {@code surveyround}, {@code agencies} → {@code agency}, {@code people} → {@code person}. */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (w.equals("people")) {
            return "person";
        }
        if (w.equals("children")) {
            return "child";
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Learns from a JSON answer to a request on {@code path} (a template's kind of the path's last collection). */
    void learn(String path, JsonNode body) {
        String[] segments = path.split("\\?")[0].split("/");
        String context = "root";
        for (String segment : segments) {
            if (!segment.isEmpty() && !UUID.matcher(segment).matches() && kinds.contains(singular(segment))) {
                context = singular(segment);
            }
        }
        walk(body, context);
    }

    /** Learns the values a link (a Location header, a problem's type) holds in a template's parameters. */
    void learnLink(String link) {
        String path = link.replaceFirst("^[a-z]+://[^/]+", "");
        for (Map.Entry<Pattern, List<String>> template : templates.entrySet()) {
            Matcher matcher = template.getKey().matcher(path);
            if (matcher.matches()) {
                for (int i = 0; i < template.getValue().size(); i++) {
                    add(template.getValue().get(i), matcher.group(i + 1));
                }
            }
        }
    }

    private void walk(JsonNode node, String context) {
        if (node.isArray()) {
            node.forEach(element -> walk(element, context));
            return;
        }
        if (node.isTextual()) {
            if (node.asText().startsWith("/")) {
                learnLink(node.asText());
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("id") && value.isTextual()) {
                add(context, value.asText());
            } else if (name.equals("code") && value.isTextual()) {
                add(context + ".code", value.asText());
            } else if (name.endsWith("Id") && value.isTextual() && UUID.matcher(value.asText()).matches()) {
                add(fieldKind(name, context), value.asText());
            } else if (value.isContainerNode()) {
                String inner = name.equals("items") || name.equals("data") ? context : singular(name);
                walk(value, inner);
            } else if (value.isTextual() && value.asText().startsWith("/")) {
                learnLink(value.asText());
            }
        }
    }

    private void add(String kind, String value) {
        known.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(value);
    }

    /** A thing this suite created itself (the id in a successful create's answer). */
    void created(String kind, String id) {
        add(kind, id);
        fresh.computeIfAbsent(kind, k -> new ArrayDeque<>()).push(id);
    }

    /** The things of a kind known so far, the first learnt first. */
    List<String> all(String kind) {
        return List.copyOf(known.getOrDefault(kind, Set.of()));
    }

    Optional<String> any(String kind) {
        return all(kind).stream().findFirst();
    }

    /**
     * A thing of a kind, none of {@code avoid}: the one this suite created most recently when {@code preferFresh} (an
     * operation that changes or ends it then leaves the scenario's own things alone), else the first learnt.
     */
    Optional<String> pick(String kind, boolean preferFresh, Set<String> avoid) {
        List<String> created = new ArrayList<>(fresh.getOrDefault(kind, new ArrayDeque<>()));
        List<String> learnt = all(kind);
        List<String> order = new ArrayList<>(preferFresh ? created : learnt);
        order.addAll(preferFresh ? learnt : created);
        return order.stream().filter(id -> !avoid.contains(id)).findFirst();
    }

    /** The thing of a kind this suite created most recently, if any. */
    Optional<String> fresh(String kind) {
        Deque<String> ids = fresh.get(kind);
        return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(ids.peek());
    }

    /** Takes the most recently created thing of a kind out of {@link #fresh}: an operation is about to end its life. */
    void used(String kind, String id) {
        Deque<String> ids = fresh.get(kind);
        if (ids != null) {
            ids.remove(id);
        }
    }

    Set<String> kinds() {
        return kinds;
    }
}
