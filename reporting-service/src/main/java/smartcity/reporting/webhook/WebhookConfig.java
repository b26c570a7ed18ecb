package smartcity.reporting.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code smartcity.webhooks.*}: every value can be overridden by environment variable (SMARTCITY_WEBHOOKS_...). */
@ConfigMapping(prefix = "smartcity.webhooks")
public interface WebhookConfig {

    /** How often the dispatcher runs ({@code off} disables it). */
    @WithDefault("2s")
    String every();

    /** Hosts that may be called over plain http (everything else needs https). */
    Optional<Set<String>> allowedHttpHosts();

    /** Hosts that may resolve to loopback, private or link-local addresses (a receiver inside the province's network). */
    Optional<Set<String>> allowedInternalHosts();

    /** The wait after the 1st, 2nd, ... failed attempt; the last value repeats. */
    @WithDefault("PT10S,PT30S,PT2M,PT10M,PT1H,PT6H")
    List<Duration> retryDelays();

    /** Attempts before a delivery is given up as FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** How long an attempt waits for the connection to the receiver. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** How long a receiver has to send its status line and headers. */
    @WithDefault("PT5S")
    Duration readTimeout();

    /**
     * How long one attempt may take from start to end, the connection and the whole answer, body included: past it the
     * exchange is cancelled and the attempt recorded as failed, however the receiver trickles its bytes.
     */
    @WithDefault("PT10S")
    Duration totalTimeout();

    /** Attempts in flight at once in one replica, each to a different subscription. */
    @WithDefault("8")
    int concurrency();

    /** Deliveries one subscription is sent in a row while they succeed, before its turn ends and others go first. */
    @WithDefault("20")
    int batchSize();

    /** A subscription is suspended by itself after this many failed attempts in a row (of any of its deliveries). */
    @WithDefault("20")
    int suspendAfterFailures();

    /** ... or at a failed attempt once its attempts have failed, without a success between, for longer than this. */
    @WithDefault("PT24H")
    Duration suspendAfterFailingFor();
}
