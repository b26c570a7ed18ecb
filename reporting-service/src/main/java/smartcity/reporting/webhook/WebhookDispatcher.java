package smartcity.reporting.webhook;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the recorded events to the subscriptions. Every {@code smartcity.webhooks.every} it queues a delivery per new
 * event and wanting subscription, then starts a turn for each subscription with a due delivery, as long as one of the
 * {@code concurrency} slots is free, and returns without waiting for them: fanning out never waits for a receiver.
 *
 * <p>A turn serves one subscription on a thread of its own, one attempt at a time and in order: it sends the
 * subscription's next due delivery, records the outcome, and while attempts succeed goes on with the next (at most
 * {@code batch-size} in a row, so that others get their turn); a failure ends it, and the failed delivery waits for its
 * retry. No two turns of a subscription run at once, on this replica or another ({@link WebhookDeliveries#claim}). So a
 * slow or dead receiver holds one slot for one attempt, at most {@code total-timeout}, and the other subscriptions are
 * served meanwhile; one that keeps failing is suspended by itself ({@link SuspensionRule}).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int FAN_OUT_BATCH = 500;

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final int batchSize;
    private final Duration lease;
    private final Semaphore slots;
    private final ExecutorService turns;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, WebhookConfig config) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.batchSize = config.batchSize();
        // a turn's lease outlasts its longest attempt, with a margin; each attempt of the turn renews it
        this.lease = config.totalTimeout().plusSeconds(30);
        this.slots = new Semaphore(config.concurrency());
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.concurrency(), config.concurrency(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "webhook-delivery-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.turns = pool;
    }

    @PreDestroy
    void stop() {
        // an attempt cut short is not recorded: its turn's lease runs out and the delivery is tried again
        turns.shutdownNow();
    }

    @Scheduled(every = "${smartcity.webhooks.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            fanOut();
        } catch (RuntimeException e) {
            Log.warnf("webhook fan-out stopped this time: %s", e.toString());
        }
        try {
            startTurns(new HashSet<>());
        } catch (RuntimeException e) {
            Log.warnf("webhook deliveries not started this time: %s", e.toString());
        }
    }

    /**
     * One whole pass, waited for: fans out every new event, then gives each subscription with a due delivery one turn,
     * {@code concurrency} at a time, and returns when the turns have ended; returns the attempts made.
     */
    public int dispatch() {
        fanOut();
        Set<UUID> served = new HashSet<>();
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        int attempts = 0;
        while (true) {
            running.addAll(startTurns(served));
            if (running.isEmpty()) {
                return attempts;
            }
            CompletableFuture.anyOf(running.toArray(CompletableFuture[]::new)).join();
            for (Iterator<CompletableFuture<Integer>> it = running.iterator(); it.hasNext(); ) {
                CompletableFuture<Integer> turn = it.next();
                if (turn.isDone()) {
                    attempts += turn.join();
                    it.remove();
                }
            }
        }
    }

    private void fanOut() {
        while (deliveries.fanOut(FAN_OUT_BATCH) == FAN_OUT_BATCH) {
            // a full batch: there may be more
        }
    }

    /** Starts a turn, in a free slot, for each subscription waiting that is not in {@code served}, and adds it there. */
    private List<CompletableFuture<Integer>> startTurns(Set<UUID> served) {
        List<CompletableFuture<Integer>> started = new ArrayList<>();
        int free = slots.availablePermits();
        if (free == 0) {
            return started;
        }
        for (UUID subscription : deliveries.waiting(free, served)) {
            if (!slots.tryAcquire()) {
                break;
            }
            served.add(subscription);
            Optional<WebhookDeliveries.Due> first;
            try {
                first = deliveries.claim(subscription, lease);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (first.isEmpty()) {
                slots.release(); // another replica's turn, or nothing due any more
                continue;
            }
            try {
                started.add(CompletableFuture.supplyAsync(() -> turn(first.get()), turns)
                        .whenComplete((attempts, failure) -> slots.release()));
            } catch (RejectedExecutionException e) {
                slots.release();
                deliveries.endTurn(first.get());
                throw e;
            }
        }
        return started;
    }

    /** A subscription's turn, from its first claimed delivery; returns the attempts made. */
    private int turn(WebhookDeliveries.Due first) {
        int attempts = 0;
        WebhookDeliveries.Due due = first;
        while (due != null) {
            WebhookAttempt.Outcome outcome = sender.send(due);
            attempts++;
            if (Thread.currentThread().isInterrupted()) {
                return attempts; // shutting down: the lease runs out and the delivery is tried again
            }
            if (!outcome.succeeded()) {
                Log.infof("webhook delivery %s of %s to %s failed: %s", due.deliveryId(), due.type().wireName(),
                        due.callbackUrl(), outcome.summary());
            }
            try {
                due = deliveries.recordAttempt(due, outcome, attempts < batchSize, lease).orElse(null);
            } catch (RuntimeException e) {
                Log.warnf("webhook delivery %s: the outcome of an attempt could not be recorded: %s", due.deliveryId(), e.toString());
                try {
                    deliveries.endTurn(due);
                } catch (RuntimeException again) {
                    // the lease runs out by itself
                }
                return attempts;
            }
        }
        return attempts;
    }
}
