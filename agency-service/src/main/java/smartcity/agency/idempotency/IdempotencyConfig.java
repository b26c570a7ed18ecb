package smartcity.agency.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code smartcity.idempotency.*}: every value can be overridden by environment variable (SMARTCITY_IDEMPOTENCY_...). */
@ConfigMapping(prefix = "smartcity.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its stored answer are kept; after that the key is free again. */
    @WithDefault("PT24H")
    Duration retention();

    /** How often records older than the retention are deleted ({@code off} disables it). */
    @WithDefault("1h")
    String purgeEvery();
}
