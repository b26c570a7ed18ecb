package smartcity.committee.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token issued in the future is refused (401), beyond the allowed clock skew: SmallRye JWT checks that a token has
 * not expired, that {@code exp} follows {@code iat} and that the two are at most {@code smallrye.jwt.time-to-live}
 * apart, but not when {@code iat} lies ahead, so that a token dated tomorrow would otherwise live a day longer than
 * its lifetime allows.
 */
@ApplicationScoped
class TokenTimes implements SecurityIdentityAugmentor {

    private final Clock clock;
    private final long skewSeconds;

    @Inject
    TokenTimes(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this(Clock.systemUTC(), skewSeconds);
    }

    TokenTimes(Clock clock, long skewSeconds) {
        this.clock = clock;
        this.skewSeconds = skewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && issuedAhead(token.getIssuedAtTime())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token is issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }

    /** Whether a token issued at this time (seconds since the epoch; 0: no {@code iat}) is dated ahead of now. */
    boolean issuedAhead(long issuedAt) {
        return issuedAt > clock.instant().getEpochSecond() + skewSeconds;
    }
}
