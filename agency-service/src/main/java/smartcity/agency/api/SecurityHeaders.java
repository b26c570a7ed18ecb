package smartcity.agency.api;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The headers every answer carries, whatever produced it (a resource, a problem mapper, a static file, Quarkus
 * itself): {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}, and {@code Origin} in
 * {@code Vary}, because the CORS headers of an answer depend on the request's {@code Origin} and a cache must not
 * hand one origin's answer to another. The service's own HTML pages (the dashboard, the developer portal) load
 * nothing from elsewhere and run no script, so they also carry a strict {@code Content-Security-Policy} that forbids
 * scripts, framing and foreign sources; Swagger UI, under {@code /q/}, runs its own scripts and is left as Quarkus
 * serves it.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    void addHeaders(@Observes Router router) {
        // first of all, so that refusals made before the REST layer carry them too
        router.route().order(-4).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                varyByOrigin(headers);
                String type = headers.get(HttpHeaders.CONTENT_TYPE);
                if (type != null && type.startsWith("text/html") && !context.request().path().startsWith("/q/")) {
                    headers.set("Content-Security-Policy", PAGE_POLICY);
                    headers.set("X-Frame-Options", "DENY");
                }
            });
            context.next();
        });
    }

    /** {@code Origin} joins the names already in {@code Vary}, as one header (a client may read only the last one). */
    private static void varyByOrigin(MultiMap headers) {
        List<String> names = headers.getAll(HttpHeaders.VARY).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        if (names.stream().noneMatch(name -> name.equalsIgnoreCase("Origin") || name.equals("*"))) {
            names.add("Origin");
        }
        headers.set(HttpHeaders.VARY, String.join(", ", names));
    }
}
