package smartcity.reporting.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Set;

/**
 * The callback URL policy as configured ({@code smartcity.webhooks.allowed-http-hosts}, {@code allowed-internal-hosts}),
 * and the clock the webhooks keep time by (UTC; a test may set it forward to see what a day of failures does).
 */
@ApplicationScoped
class CallbackUrls {

    @Produces
    @ApplicationScoped
    CallbackUrlPolicy policy(WebhookConfig config) {
        return new CallbackUrlPolicy(config.allowedHttpHosts().orElse(Set.of()), config.allowedInternalHosts().orElse(Set.of()),
                InetAddress::getAllByName);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
