package smartcity.localrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Loads the Chiang Mai 2022 scenario through the services' public APIs, step by step as {@code scenario/steps.tsv}
 * lists them as the secretariat (a {@code .csv} body is sent as text/csv, anything else as JSON). A step whose resource already exists
 * (409) is taken as loaded, and the agency import updates by code, so the scenario can run again against an external
 * database that keeps its data.
 */
final class DemoScenario {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, ServiceProcess> services;
    private final String secretariatToken;

    DemoScenario(Map<String, ServiceProcess> services, String secretariatToken) {
        this.services = services;
        this.secretariatToken = secretariatToken;
    }

    void load() throws IOException, InterruptedException {
        List<String> steps;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource("steps.tsv"), StandardCharsets.UTF_8))) {
            steps = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        int applied = 0;
        for (String step : steps) {
            String[] part = step.split("\t");
            ServiceProcess service = services.get(part[0] + "-service");
            String body;
            try (InputStream in = resource(part[3])) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            HttpRequest request = HttpRequest.newBuilder(service.baseUri().resolve(part[2]))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", part[3].endsWith(".csv") ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8")
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + secretariatToken)
                    .method(part[1], HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 == 2) {
                applied++;
            } else if (response.statusCode() != 409) {
                throw new IllegalStateException("Demo step '" + step.replace('\t', ' ') + "' answered "
                        + response.statusCode() + ": " + response.body());
            }
        }
        System.out.printf("Demo scenario loaded: %d of %d steps applied, the rest was already there.%n", applied, steps.size());
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoScenario.class.getResourceAsStream("/scenario/" + name);
        if (in == null) {
            throw new IOException("scenario file missing: " + name);
        }
        return in;
    }
}
