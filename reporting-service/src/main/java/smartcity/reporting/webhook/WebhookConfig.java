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

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** How long a receiver has to answer once connected. */
    @WithDefault("PT5S")
    Duration readTimeout();

    /** Deliveries one dispatcher run claims at most. */
    @WithDefault("20")
    int batchSize();
}
