package smartcity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A service's public API as the dataset loader and the measurements call it: JSON in, JSON out, a bearer token. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: its status, body and, when the body is JSON, the parsed body. */
    record Reply(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final String service;
    private final URI base;
    private final String token;

    Api(String service, URI base, String token) {
        this.service = service;
        this.base = base;
        this.token = token;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    Reply get(String path) {
        return send("GET", path, null, null, null);
    }

    Reply send(String method, String path, Object body, String contentType, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text;
            try {
                text = body instanceof String s ? s : JSON.writeValueAsString(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            request.header("Content-Type", contentType == null ? "application/json" : contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(service + " " + method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends and expects a 2xx; anything else stops the run with the service's answer. */
    JsonNode ok(String method, String path, Object body) {
        return ok(method, path, body, null);
    }

    JsonNode ok(String method, String path, Object body, String contentType) {
        Reply reply = send(method, path, body, contentType, null);
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException(service + " " + method + " " + path + " answered " + reply.status() + ": "
                    + reply.body().substring(0, Math.min(600, reply.body().length())));
        }
        return reply.body().isEmpty() ? null : reply.json();
    }
}
