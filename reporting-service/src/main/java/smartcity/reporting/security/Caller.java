package smartcity.reporting.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the verified bearer token says: the name writes are recorded under, and what they may touch. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The subject recorded as the author of a change; null for an anonymous caller. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** Secretariat and admin manage every agency; anyone else is limited to what their token names. */
    public boolean managesRegistry() {
        return identity.hasRole(Roles.SECRETARIAT) || identity.hasRole(Roles.ADMIN);
    }

    /**
     * Refuses, with 403, a caller who may neither manage the registry nor act for this agency. Checked before the agency
     * is looked up, so the answer says nothing about whether it exists.
     */
    public void requireActsFor(UUID agencyId) {
        if (managesRegistry()) {
            return;
        }
        if (!identity.hasRole(Roles.AGENCY_EDITOR) || !agencyId.toString().equals(agencyClaim())) {
            throw new ForbiddenException("This token may not answer for agency " + agencyId);
        }
    }

    /** The agency an agency editor acts for, as its token names it; empty for any other caller. */
    public Optional<UUID> editorAgency() {
        String claim = identity.hasRole(Roles.AGENCY_EDITOR) ? agencyClaim() : null;
        try {
            return claim == null ? Optional.empty() : Optional.of(UUID.fromString(claim));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String agencyClaim() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(Roles.AGENCY_CLAIM);
            return claim == null ? null : claim.toString().replace("\"", "");
        }
        return null;
    }
}
