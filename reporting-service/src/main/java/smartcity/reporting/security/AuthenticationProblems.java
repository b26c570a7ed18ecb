package smartcity.reporting.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import smartcity.reporting.api.ProblemInstance;
import smartcity.reporting.api.ProblemType;

/**
 * 401 as a problem with the Bearer challenge, for a missing, malformed, expired, mis-issued or forged token. These
 * mappers come before the problem extension's own, which fails on this Quarkus version when it builds the challenge.
 */
class AuthenticationProblems {

    private static final String CHALLENGE = "Bearer realm=\"smartcity\"";

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return problem(uri, "This operation needs a valid bearer token.");
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return problem(uri, "The bearer token is not valid: expired, not for this service, or not signed by a trusted issuer.");
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    Response authenticationIncomplete(AuthenticationCompletionException e, UriInfo uri) {
        return problem(uri, "The bearer token could not be verified.");
    }

    private static Response problem(UriInfo uri, String detail) {
        return ProblemType.UNAUTHENTICATED.problem(detail)
                .withInstance(ProblemInstance.of(uri.getPath()))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build()
                .toResponse();
    }
}
