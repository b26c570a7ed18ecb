package smartcity.reporting.webhook.registry;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import smartcity.reporting.agency.AgencyCopies;
import smartcity.reporting.agency.AgencyFeedFollower;
import smartcity.reporting.webhook.AgencyServiceUnavailable;
import smartcity.reporting.webhook.KnownAgencies;

/**
 * The agencies webhooks know, from the local copy of agency-service's registry ({@link AgencyCopies}), caught up with
 * agency-service's change feed ({@link AgencyFeedFollower#catchUp}) when the copy does not know an id: an agency
 * registered a moment ago is found, one that does not exist is not. Each read of the copy is a transaction of its own
 * and catching up opens its own, so no lock is held while agency-service is waited for.
 */
@ApplicationScoped
class CopiedRegistry implements KnownAgencies {

    private final AgencyCopies copies;
    private final AgencyFeedFollower feed;

    CopiedRegistry(AgencyCopies copies, AgencyFeedFollower feed) {
        this.copies = copies;
        this.feed = feed;
    }

    @Override
    public boolean exists(UUID agencyId) {
        if (known(agencyId)) {
            return true;
        }
        try {
            feed.catchUp();
        } catch (RuntimeException e) {
            Log.warnf("agency-service could not be read to confirm agency %s: %s", agencyId, e.toString());
            throw new AgencyServiceUnavailable();
        }
        return known(agencyId);
    }

    private boolean known(UUID agencyId) {
        return QuarkusTransaction.requiringNew().call(() -> copies.findByIdOptional(agencyId).isPresent());
    }
}
