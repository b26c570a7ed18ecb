package smartcity.reporting.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one attempt at a delivery: checks the callback URL again (what its host resolves to may have changed since the
 * subscription was made), then POSTs the signed event. Redirects are not followed: a receiver that moved must update its
 * subscription, and a redirect must not lead the call somewhere the policy refuses.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient client;
    private final Duration readTimeout;
    private final CallbackUrlPolicy policy;
    private final ObjectMapper json;

    WebhookSender(WebhookConfig config, CallbackUrlPolicy policy, ObjectMapper json) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = config.readTimeout();
        this.policy = policy;
        this.json = json;
    }

    public WebhookAttempt.Outcome send(WebhookDeliveries.Due due) {
        Instant start = Instant.now();
        List<String> refused = policy.problems(due.callbackUrl());
        if (!refused.isEmpty()) {
            return new WebhookAttempt.Outcome(start, null, "callback URL refused: " + String.join("; ", refused), 0);
        }
        long timestamp = start.getEpochSecond();
        byte[] body = body(due);
        HttpRequest request = HttpRequest.newBuilder(URI.create(due.callbackUrl()))
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "smartcity-reporting-webhooks")
                .header("Webhook-Id", due.eventId().toString())
                .header("Webhook-Timestamp", Long.toString(timestamp))
                .header("Webhook-Signature", WebhookSignature.sign(due.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new WebhookAttempt.Outcome(start, response.statusCode(), null, millisSince(start));
        } catch (HttpConnectTimeoutException e) {
            return failed(start, "no connection within " + client.connectTimeout().map(Duration::toMillis).orElse(0L) + " ms");
        } catch (HttpTimeoutException e) {
            return failed(start, "no response within " + readTimeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return failed(start, "connection refused or unreachable");
        } catch (IOException e) {
            return failed(start, "connection failed" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(start, "interrupted before the receiver answered");
        }
    }

    /** {@code {"id", "type", "occurredAt", "data"}}: the bytes that are signed are the bytes that are sent. */
    private byte[] body(WebhookDeliveries.Due due) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", due.eventId());
            body.put("type", due.type().wireName());
            body.put("occurredAt", due.occurredAt());
            body.put("data", json.readTree(due.payload()));
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + due.eventId() + " cannot be written", e);
        }
    }

    private static WebhookAttempt.Outcome failed(Instant start, String error) {
        return new WebhookAttempt.Outcome(start, null, error, millisSince(start));
    }

    private static long millisSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis();
    }
}
