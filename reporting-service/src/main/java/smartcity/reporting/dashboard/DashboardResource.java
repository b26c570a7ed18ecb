package smartcity.reporting.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.reporting.i18n.Language;

/**
 * The provincial dashboard: one HTML page for a wall screen, rendered on the server, that needs nothing from outside
 * this service (its stylesheet and web font are served from {@code /dashboard/dashboard.css} and {@code /fonts/}).
 * Public, like the reports it shows: only aggregate figures, never an agency's own answer.
 */
@Path("/dashboard")
@Tag(name = "Dashboard", description = "The provincial dashboard, as an HTML page")
public class DashboardResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate(basePath = "dashboard")
    static class Templates {
        static native TemplateInstance page(DashboardView view);
    }

    private final Dashboards dashboards;

    DashboardResource(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GET
    @PermitAll
    @Produces(HTML)
    @Operation(operationId = "dashboard", summary = "The provincial dashboard", description = "Participation figures of a survey round (by default "
            + "the most recent one that has opened), with a chart and the breakdowns by agency type, local-administration "
            + "kind and district; in Thai with Buddhist Era dates, or in English with both eras. The language is `lang` "
            + "if given, else the first of th/en in Accept-Language, else Thai.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = HTML))
    @APIResponse(responseCode = "400", description = "`lang` is neither th nor en")
    @APIResponse(responseCode = "404", description = "No survey round has this id or code")
    public RestResponse<String> page(
            @QueryParam("round") @Parameter(description = "The round's id or code", example = "SMART-CITY-2565") String round,
            @QueryParam("lang") @Parameter(description = "th or en", example = "th") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.resolve(lang, acceptLanguage);
        DashboardView view = dashboards.view(round, language);
        String html = Templates.page(view).setLocale(language.locale()).render();
        return RestResponse.ResponseBuilder.ok(html, HTML)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
