package smartcity.reporting.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one attempt at a delivery: checks the callback URL again (what its host resolves to may have changed since the
 * subscription was made), then POSTs the signed event. Redirects are not followed: a receiver that moved must update its
 * subscription, and a redirect must not lead the call somewhere the policy refuses.
 *
 * <p>An attempt is bounded end to end: the connection within {@code connect-timeout}, the status line and headers within
 * {@code read-timeout}, and everything, the body of the answer included, within {@code total-timeout}; past it the
 * exchange is cancelled (the connection closed), since the client's own timeouts do not cover a body that trickles in.
 * The body is read only to be discarded. Whatever goes wrong, {@link #send} answers with a failed outcome, never an
 * exception, so that one delivery cannot stop the others.
 */
@ApplicationScoped
public class WebhookSender {

    static final String UNEXPECTED = "the request could not be made";

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration totalTimeout;
    private final CallbackUrlPolicy policy;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookSender(WebhookConfig config, CallbackUrlPolicy policy, ObjectMapper json, Clock clock) {
        this.connectTimeout = config.connectTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = config.readTimeout();
        this.totalTimeout = config.totalTimeout();
        this.policy = policy;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of one attempt: the receiver's status code, or what went wrong. Never throws. */
    public WebhookAttempt.Outcome send(WebhookDeliveries.Due due) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        try {
            return attempt(due, start, started);
        } catch (RuntimeException e) {
            Log.warnf(e, "webhook delivery %s to %s could not be made", due.deliveryId(), due.callbackUrl());
            return failed(start, started, UNEXPECTED);
        }
    }

    private WebhookAttempt.Outcome attempt(WebhookDeliveries.Due due, Instant start, long started) {
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
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            long left = totalTimeout.toNanos() - (System.nanoTime() - started);
            HttpResponse<Void> response = exchange.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            return new WebhookAttempt.Outcome(start, response.statusCode(), null, millisSince(started));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return failed(start, started, "no complete answer within " + totalTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return failed(start, started, describe(due, e.getCause()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return failed(start, started, "interrupted before the receiver answered");
        }
    }

    /** What went wrong, for the delivery log that the subscription's owner reads: no class names. */
    private String describe(WebhookDeliveries.Due due, Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + connectTimeout.toMillis() + " ms";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no response within " + readTimeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        if (failure instanceof IOException) {
            return "connection failed" + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        Log.warnf(failure, "webhook delivery %s to %s could not be made", due.deliveryId(), due.callbackUrl());
        return UNEXPECTED;
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

    private static WebhookAttempt.Outcome failed(Instant start, long started, String error) {
        return new WebhookAttempt.Outcome(start, null, error, millisSince(started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
