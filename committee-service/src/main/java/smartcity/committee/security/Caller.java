package smartcity.committee.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling, as the verified bearer token says: the name writes are recorded under. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Secretariat and admins see personal data and manage the committee. */
    public boolean isStaff() {
        return identity.hasRole(Roles.SECRETARIAT) || identity.hasRole(Roles.ADMIN);
    }

    /** The subject recorded as the author of a change; null for an anonymous caller. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
