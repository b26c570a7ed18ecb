package smartcity.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes an answer to a hostile request wrong, whatever the operation: a 5xx (or anything but 2xx and 4xx); a
 * 2xx to input that must be refused; a 4xx that is not an RFC 9457 problem (content type
 * {@code application/problem+json}, a {@code status} equal to the HTTP status, a {@code title}); a wrong status where
 * the case names one (401 without credentials); and, in any answer, a stack trace, a class name or SQL.
 */
final class HostileAnswers {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SCANNED = 100_000;

    /** What betrays the implementation: a stack frame, an exception, a class of ours, Hibernate's or the JDK's, SQL. */
    static final List<Pattern> LEAKS = List.of(
            Pattern.compile("at smartcity.", Pattern.LITERAL),
            Pattern.compile("\tat "),
            Pattern.compile("Exception:"),
            Pattern.compile("org\\.hibernate"),
            Pattern.compile("java\\.(lang|util|time|math|sql)\\.[A-Z]"),
            Pattern.compile("smartcity\\.[a-z]+\\.[A-Z]"),
            Pattern.compile("com\\.fasterxml|io\\.quarkus|org\\.jboss|io\\.vertx|jakarta\\.[a-z]+\\.[A-Z]"),
            Pattern.compile("SQLState|SQL Error|syntax to use near|could not execute statement|Data truncation", Pattern.CASE_INSENSITIVE));

    /**
     * In a problem, also what Jackson writes between backticks (a class or method name: {@code `java.util.UUID`},
     * {@code `StreamReadConstraints.getMaxNestingDepth()`}): an HTML page of the service may well use backticks.
     */
    static final List<Pattern> PROBLEM_LEAKS = List.of(Pattern.compile("`[A-Za-z_$][A-Za-z0-9_$.]*(\\(\\))?`"));

    private HostileAnswers() {
    }

    /**
     * Everything wrong with an answer (empty when it is right).
     *
     * @param mustReject whether only a 4xx is right
     * @param expectedStatus the one right status, or 0
     */
    static List<String> check(boolean mustReject, int expectedStatus, int status, Optional<String> contentType, String body) {
        List<String> wrong = new ArrayList<>();
        if (status >= 500) {
            wrong.add("a server error (" + status + ")");
        } else if (status / 100 != 2 && status / 100 != 4) {
            wrong.add("neither a success nor a client error (" + status + ")");
        } else if (mustReject && status / 100 == 2) {
            wrong.add("accepted input that is not valid (" + status + ")");
        }
        if (expectedStatus != 0 && status != expectedStatus) {
            wrong.add("status " + status + " where " + expectedStatus + " is right");
        }
        if (status >= 400) {
            String type = contentType.map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("(none)");
            if (!type.equals("application/problem+json")) {
                wrong.add("a " + status + " answered as " + type + ", not application/problem+json");
            } else {
                try {
                    JsonNode problem = MAPPER.readTree(body);
                    if (problem == null || !problem.isObject()) {
                        wrong.add("a problem that is not a JSON object");
                    } else {
                        if (problem.path("status").asInt(-1) != status) {
                            wrong.add("the problem's status " + problem.path("status") + " is not the HTTP status " + status);
                        }
                        if (problem.path("title").asText("").isBlank()) {
                            wrong.add("a problem without a title");
                        }
                        if (problem.has("instance") && !isUriReference(problem.path("instance").asText())) {
                            wrong.add("the problem's instance " + problem.path("instance") + " is not a URI reference");
                        }
                    }
                } catch (IOException e) {
                    wrong.add("a problem body that is not JSON");
                }
            }
        }
        // a leak shows near the start; an echoed 3 MB value need not be searched to its end
        String start = body == null ? "" : body.length() > SCANNED ? body.substring(0, SCANNED) : body;
        List<Pattern> leaks = new ArrayList<>(LEAKS);
        if (status >= 400) {
            leaks.addAll(PROBLEM_LEAKS);
        }
        for (Pattern leak : leaks) {
            if (leak.matcher(start).find()) {
                wrong.add("the body shows the implementation (" + leak.pattern() + ")");
                break;
            }
        }
        return wrong;
    }

    /** RFC 3986: a relative or absolute URI reference, with every character that must be escaped escaped. */
    static boolean isUriReference(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
