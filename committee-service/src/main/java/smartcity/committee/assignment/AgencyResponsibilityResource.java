package smartcity.committee.assignment;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import smartcity.committee.api.ProblemDocument;
import smartcity.committee.assignment.AssignmentViews.AssignmentView;

/** What one agency is responsible for: the per-agency read of the assignments. */
@Path("/agencies/{agencyId}/responsibilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Which agencies are responsible for each smart-city dimension")
public class AgencyResponsibilityResource {

    private final Responsibilities responsibilities;

    AgencyResponsibilityResource(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    @GET
    @PermitAll
    @Operation(summary = "Everything an agency is responsible for on a date")
    @APIResponse(responseCode = "200", description = "The agency's assignments in force on the date")
    @APIResponse(responseCode = "404", description = "No agency with this id is known here",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDocument.class)))
    public List<AssignmentView> byAgency(@PathParam("agencyId") UUID agencyId, @QueryParam("asOf") LocalDate asOf) {
        return responsibilities.ofAgency(agencyId,
                asOf == null ? LocalDate.now(ResponsibilityMatrixResource.THAILAND) : asOf);
    }
}
