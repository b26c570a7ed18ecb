package smartcity.reporting.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller's subject; changes made outside a request (the feed follower) have none. */
public class RevisionActor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
            if (identity.isAvailable() && !identity.get().isAnonymous()) {
                ((Revision) revision).actor(identity.get().getPrincipal().getName());
            }
        }
    }
}
