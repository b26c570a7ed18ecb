package smartcity.committee.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests refused before they reach the REST layer, answered as problems all the same (these are the error responses
 * that do not pass through the problem mappers):
 * <ul>
 * <li>a body announced bigger than {@code quarkus.http.limits.max-body-size}: refused before it is read, as Quarkus
 * refuses it, but with a 413 problem instead of Quarkus's empty 413;</li>
 * <li>a path with a {@code .} or {@code ..} segment, written plainly or as {@code %2E}: a 400 problem. The HTTP layer
 * would remove such segments (RFC 3986, 5.2.4), so that {@code /committees/{id}/seats/..} would read the committee
 * and {@code /agencies/../dissolution} would be some other path's 404; no address of these APIs has one, so a client
 * that sends one has built its path from an id it did not check.</li>
 * </ul>
 */
@ApplicationScoped
class EarlyRefusals {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.|%2e){1,2}(/|$)");

    void refuseEarly(@Observes Router router) {
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(-1L);
        // before Quarkus's own body size check (order -2), which would answer first
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            // a client that waits for 100 Continue has sent no body: Quarkus's own check answers it (an empty 413,
            // then the connection closed), which such a client reads; an answer with a body would leave it waiting
            boolean waitsToSend = context.request().headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true);
            if (limit >= 0 && length != null && !waitsToSend && announcedLength(length) > limit) {
                // the rest of the body is not read: the connection cannot be used again
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "The body has " + length + " bytes; at most " + limit
                        + " are accepted");
            } else if (DOT_SEGMENT.matcher(context.request().path().toLowerCase(Locale.ROOT)).find()) {
                refuse(context, ProblemType.MALFORMED_REQUEST, "A path segment may not be '.' or '..': no address of "
                        + "this API has one (an id in the path is never a dot segment)");
            } else {
                context.next();
            }
        });
    }

    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", type.uri().toString())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", ProblemInstance.ofRawPath(context.request().path()).toASCIIString());
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(problem.encode());
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
