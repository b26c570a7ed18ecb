package smartcity.agency.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The short human-readable page behind each problem {@code type} URI. Its 404 names the {@code Problem} schema
 * explicitly, which puts {@link ProblemDocument} among the document's schemas; every other error response gets that
 * schema from {@link ProblemResponses}.
 */
@Path("/problems")
@Tag(name = "Problems", description = "What each kind of error response means")
public class ProblemTypeResource {

    @GET
    @PermitAll
    @Path("/{slug}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Describe a problem type", description = "The page a problem's `type` URI points to.")
    @APIResponse(responseCode = "200", description = "What the problem type means, as text")
    @APIResponse(responseCode = "404", description = "No problem type has this name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDocument.class)))
    public String describe(@PathParam("slug") String slug) {
        ProblemType type = ProblemType.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("No problem type named '" + slug + "'"));
        return type.title() + " (HTTP " + type.status() + ")\n\n" + type.description() + "\n";
    }
}
