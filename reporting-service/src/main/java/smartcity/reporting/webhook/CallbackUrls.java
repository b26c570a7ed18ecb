package smartcity.reporting.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.InetAddress;
import java.util.Set;

/** The callback URL policy as configured ({@code smartcity.webhooks.allowed-http-hosts}, {@code allowed-internal-hosts}). */
@ApplicationScoped
class CallbackUrls {

    @Produces
    @ApplicationScoped
    CallbackUrlPolicy policy(WebhookConfig config) {
        return new CallbackUrlPolicy(config.allowedHttpHosts().orElse(Set.of()), config.allowedInternalHosts().orElse(Set.of()),
                InetAddress::getAllByName);
    }
}
