package smartcity.localrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the Chiang Mai 2022 scenario through the services' public APIs, as the secretariat, step by step as
 * {@code scenario/steps.tsv} lists them. A step may name itself so that later steps use the id it created
 * ({@code ${step:name}}, and {@code ${step:name.post}} for the first post of a person it registered); a PATCH step is
 * sent as a JSON merge patch; {@code ${agency:CODE}} is the id agency-service gives the agency with that code. A step that
 * answers 409 before anything was written to its service means that service's part is already loaded, and its later
 * steps are skipped; a 409 after that is a conflict within the scenario and fails the load like any other error.
 */
final class DemoScenario {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(step|agency):([^}]+)}");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    /** A person's first post, in the answer that registered them: {@code ${step:NAME.post}}. */
    private static final Pattern FIRST_POST = Pattern.compile("\"posts\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /**
     * What one load did.
     *
     * @param applied the steps that changed something
     * @param steps all the scenario's steps
     * @param alreadyLoaded the services whose part was found already there (a 409), so that their later steps were skipped
     */
    record Loaded(int applied, int steps, Set<String> alreadyLoaded) {
    }

    private final Map<String, ServiceProcess> services;
    private final String secretariatToken;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> agencyIds = new HashMap<>();
    private final Set<String> loadedBefore = new HashSet<>();

    DemoScenario(Map<String, ServiceProcess> services, String secretariatToken) {
        this.services = services;
        this.secretariatToken = secretariatToken;
    }

    Loaded load() throws IOException, InterruptedException {
        List<String> steps;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource("steps.tsv"), StandardCharsets.UTF_8))) {
            steps = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        int applied = 0;
        // a 409 after this load has written to a service is a conflict within the scenario itself, not "loaded before"
        Set<String> appliedTo = new HashSet<>();
        for (String step : steps) {
            String[] part = step.split("\t", 5);
            String name = part[0];
            String service = part[1];
            if (loadedBefore.contains(service)) {
                continue;
            }
            String body = part[4].startsWith("{") ? part[4] : read(part[4]);
            HttpRequest request = HttpRequest.newBuilder(services.get(service + "-service").baseUri().resolve(resolve(part[3])))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", part[4].endsWith(".csv") ? "text/csv; charset=UTF-8"
                            : part[2].equals("PATCH") ? "application/merge-patch+json; charset=UTF-8"
                            : "application/json; charset=UTF-8")
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + secretariatToken)
                    .method(part[2], HttpRequest.BodyPublishers.ofString(resolve(body), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 409 && !appliedTo.contains(service)) {
                loadedBefore.add(service);
                continue;
            }
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Demo step '" + name + " " + part[2] + " " + part[3] + "' answered "
                        + response.statusCode() + ": " + response.body());
            }
            applied++;
            appliedTo.add(service);
            if (!name.equals("-")) {
                Matcher id = ID.matcher(response.body());
                if (!id.find()) {
                    throw new IllegalStateException("Demo step '" + name + "' answered without an id: " + response.body());
                }
                ids.put(name, id.group(1));
                Matcher post = FIRST_POST.matcher(response.body());
                if (post.find()) {
                    ids.put(name + ".post", post.group(1));
                }
            }
        }
        System.out.printf("Demo scenario loaded: %d of %d steps applied%s.%n", applied, steps.size(),
                loadedBefore.isEmpty() ? "" : "; already there before: " + String.join(", ", loadedBefore));
        return new Loaded(applied, steps.size(), Set.copyOf(loadedBefore));
    }

    private String resolve(String text) throws IOException, InterruptedException {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = placeholder.group(1).equals("step") ? ids.get(placeholder.group(2)) : agencyId(placeholder.group(2));
            if (value == null) {
                throw new IllegalStateException("the scenario uses " + placeholder.group() + " before it exists");
            }
            placeholder.appendReplacement(out, value);
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private String agencyId(String code) throws IOException, InterruptedException {
        if (!agencyIds.containsKey(code)) {
            HttpRequest lookup = HttpRequest.newBuilder(services.get("agency-service").baseUri()
                            .resolve("/agencies?size=200&q=" + URLEncoder.encode(code, StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
            String body = HTTP.send(lookup, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            Matcher item = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"code\":\"" + Pattern.quote(code) + "\"").matcher(body);
            agencyIds.put(code, item.find() ? item.group(1) : null);
        }
        return agencyIds.get(code);
    }

    private static String read(String file) throws IOException {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoScenario.class.getResourceAsStream("/scenario/" + name);
        if (in == null) {
            throw new IOException("scenario file missing: " + name);
        }
        return in;
    }
}
