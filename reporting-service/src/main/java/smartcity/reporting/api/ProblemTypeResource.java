package smartcity.reporting.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The short human-readable page behind each problem {@code type} URI. */
@Path("/problems")
@Tag(name = "Problems", description = "What each kind of error response means")
public class ProblemTypeResource {

    @GET
    @PermitAll
    @Path("/{slug}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Describe a problem type", description = "The page a problem's `type` URI points to.")
    public String describe(@PathParam("slug") String slug) {
        ProblemType type = ProblemType.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("No problem type named '" + slug + "'"));
        return type.title() + " (HTTP " + type.status() + ")\n\n" + type.description() + "\n";
    }
}
