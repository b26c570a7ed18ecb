package smartcity.reporting.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A body announced bigger than {@code quarkus.http.limits.max-body-size} is refused before it is read, as Quarkus
 * refuses it, but with a 413 problem instead of Quarkus's empty 413: the one error response that does not pass
 * through the problem mappers, because it is answered before the request reaches the REST layer.
 */
@ApplicationScoped
class BodySizeLimit {

    void refuseOversizedBodies(@Observes Router router) {
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(-1L);
        if (limit < 0) {
            return;
        }
        // before Quarkus's own check (order -2), which would answer first
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            // a client that waits for 100 Continue has sent no body: Quarkus's own check answers it (an empty 413,
            // then the connection closed), which such a client reads; an answer with a body would leave it waiting
            boolean waitsToSend = context.request().headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true);
            if (length != null && !waitsToSend && announcedLength(length) > limit) {
                ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                JsonObject problem = new JsonObject()
                        .put("type", type.uri().toString())
                        .put("title", type.title())
                        .put("status", type.status())
                        .put("detail", "The body has " + length + " bytes; at most " + limit + " are accepted")
                        .put("instance", ProblemInstance.ofRawPath(context.request().path()).toASCIIString());
                context.response().setStatusCode(type.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        // the rest of the body is not read: the connection cannot be used again
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem.encode());
            } else {
                context.next();
            }
        });
    }

    private static long announcedLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // the HTTP layer has refused such a request already
            return -1;
        }
    }
}
