package smartcity.reporting.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The developer portal: one page for the people who integrate with the suite, saying which service owns what, where
 * each one's Swagger UI and OpenAPI document are, and the conventions the three share (tokens, paging, problems, ETags,
 * change feeds, webhooks). It needs nothing from outside this service: its stylesheet is {@code /portal/portal.css} and
 * its font the dashboard's, from {@code /fonts/}.
 */
@Path("/developers")
@Tag(name = "Developer portal", description = "How to use the suite's APIs, as an HTML page")
public class PortalResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance page(String agencyUrl, String committeeUrl);
    }

    private final PortalSettings settings;

    PortalResource(PortalSettings settings) {
        this.settings = settings;
    }

    @GET
    @PermitAll
    @Produces(HTML)
    @Operation(operationId = "developerPortal", summary = "The developer portal", description = "The three APIs and what each owns, links to their "
            + "Swagger UI and OpenAPI documents, and how to authenticate, page, read errors, update safely, follow the "
            + "change feeds and receive webhooks.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = HTML))
    public RestResponse<String> page() {
        String html = Templates.page(trimmed(settings.agencyUrl()), trimmed(settings.committeeUrl())).render();
        return RestResponse.ResponseBuilder.ok(html, HTML)
                .header(HttpHeaders.CONTENT_LANGUAGE, "en")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
