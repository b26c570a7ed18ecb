package smartcity.reporting.webhook;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * Sends the recorded events to the subscriptions, every {@code smartcity.webhooks.every}: first queues a delivery per
 * new event and wanting subscription, then makes one attempt at each due delivery. It runs apart from every write, so a
 * slow or dead receiver delays only its own deliveries.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int FAN_OUT_BATCH = 500;

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final int batchSize;
    private final Duration lease;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, WebhookConfig config) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.batchSize = config.batchSize();
        // a claim outlasts the longest the batch can take (each attempt: connect plus read timeout), with a margin
        this.lease = config.connectTimeout().plus(config.readTimeout()).multipliedBy(batchSize).plusSeconds(30);
    }

    @Scheduled(every = "${smartcity.webhooks.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            Log.warnf("webhook dispatch stopped this time: %s", e.toString());
        }
    }

    /** One pass: fans out every new event, then one attempt at each due delivery (a batch); returns the attempts made. */
    public int dispatch() {
        while (deliveries.fanOut(FAN_OUT_BATCH) == FAN_OUT_BATCH) {
            // a full batch: there may be more
        }
        List<WebhookDeliveries.Due> due = deliveries.claimDue(batchSize, lease);
        for (WebhookDeliveries.Due delivery : due) {
            WebhookAttempt.Outcome outcome = sender.send(delivery);
            if (!outcome.succeeded()) {
                Log.infof("webhook delivery %s of %s to %s failed: %s", delivery.deliveryId(), delivery.type().wireName(),
                        delivery.callbackUrl(), outcome.error() != null ? outcome.error() : "status " + outcome.statusCode());
            }
            deliveries.recordAttempt(delivery.deliveryId(), outcome);
        }
        return due.size();
    }
}
