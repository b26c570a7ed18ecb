package smartcity.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * What one service's OpenAPI document (the one its build wrote to {@code <service>/openapi/openapi.json}) says each
 * operation answers, checked against every response a generated client receives: a status the operation does not
 * declare, a content type it does not declare for that status, or a body where it declares none, is recorded as a
 * violation. The generated clients check the bodies themselves (their ObjectMapper refuses unknown fields); this checks
 * what they do not look at.
 */
final class OpenApiContract {

    private final String service;
    private final List<Operation> operations = new ArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();

    private record Operation(String method, String template, Pattern pattern, int literalSegments, JsonNode responses) {
    }

    private OpenApiContract(String service, JsonNode document) {
        this.service = service;
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String template = paths.next();
            JsonNode item = document.path("paths").path(template);
            for (Iterator<String> methods = item.fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (!item.path(method).has("responses")) {
                    continue;
                }
                String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
                int literal = (int) java.util.Arrays.stream(template.split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).count();
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), template, Pattern.compile(regex), literal,
                        item.path(method).path("responses")));
            }
        }
    }

    static OpenApiContract of(Path home, String service) {
        Path file = home.resolve(service).resolve("openapi/openapi.json");
        try {
            return new OpenApiContract(service, new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException(file + " could not be read; package " + service + " first", e);
        }
    }

    /** For a generated client's response interceptor: records what the document does not declare. */
    void check(HttpResponse<InputStream> response) {
        String method = response.request().method();
        String path = response.uri().getPath();
        Optional<Operation> found = operations.stream()
                .filter(op -> op.method().equals(method) && op.pattern().matcher(path).matches())
                // /agencies/changes before /agencies/{id}
                .max(Comparator.comparingInt(Operation::literalSegments));
        if (found.isEmpty()) {
            violations.add(String.format("%s %s %s: no such operation in the document", service, method, path));
            return;
        }
        Operation op = found.get();
        String status = String.valueOf(response.statusCode());
        JsonNode declared = op.responses().has(status) ? op.responses().get(status)
                : op.responses().has(status.charAt(0) + "XX") ? op.responses().get(status.charAt(0) + "XX")
                : op.responses().get("default");
        String name = String.format("%s %s %s", service, method, op.template());
        if (declared == null) {
            List<String> statuses = new ArrayList<>();
            op.responses().fieldNames().forEachRemaining(statuses::add);
            violations.add(String.format("%s answered %s, which it does not document (documented: %s)", name, status, statuses));
            return;
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type")
                .map(value -> value.split(";")[0].trim().toLowerCase(Locale.ROOT));
        boolean hasBody = contentType.isPresent() && response.headers().firstValueAsLong("Content-Length").orElse(-1) != 0;
        List<String> documented = new ArrayList<>();
        declared.path("content").fieldNames().forEachRemaining(type -> documented.add(type.split(";")[0].trim().toLowerCase(Locale.ROOT)));
        if (hasBody && documented.isEmpty()) {
            violations.add(String.format("%s answered %s with a %s body, but documents no body for %s", name, status,
                    contentType.get(), status));
        } else if (hasBody && !documented.contains(contentType.get())) {
            violations.add(String.format("%s answered %s as %s, but documents %s for %s", name, status, contentType.get(),
                    documented, status));
        }
    }

    /** Every violation recorded since the last call, which forgets them. */
    List<String> takeViolations() {
        List<String> taken = List.copyOf(violations);
        violations.clear();
        return taken;
    }
}
