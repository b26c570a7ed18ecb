package smartcity.committee.assignment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.api.ProblemDocument;
import smartcity.committee.assignment.AssignmentViews.AssignmentView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Which agencies are responsible for each smart-city dimension")
/** Responsibility assignments: a dimension given to an agency, as lead or supporter, for a period. */
public class AssignmentResource {

    private static final String PROBLEM = "application/problem+json";

    private final Responsibilities responsibilities;
    private final Caller caller;

    AssignmentResource(Responsibilities responsibilities, Caller caller) {
        this.responsibilities = responsibilities;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Assign a dimension to an agency", description = "Secretariat or admin. The agency is confirmed "
            + "with agency-service (503 when it cannot answer). One lead per dimension on any date.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown dimension or agency, or dates out of order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "A second lead for the dimension, or the agency is already assigned to it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "503", description = "agency-service does not answer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public RestResponse<AssignmentView> assign(@NotNull @Valid AssignmentRequest request, @Context UriInfo uri) {
        Assignment assignment = responsibilities.assign(request, caller.name());
        return RestResponse.ResponseBuilder.<AssignmentView>created(uri.getAbsolutePathBuilder().path(assignment.id().toString()).build())
                .entity(responsibilities.views(List.of(assignment)).get(0)).build();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endAssignment", summary = "End an assignment")
    @APIResponse(responseCode = "200", description = "The assignment, ended")
    @APIResponse(responseCode = "409", description = "It has ended already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public AssignmentView end(@PathParam("id") UUID id, @NotNull @Valid AssignmentEnd end) {
        return responsibilities.views(List.of(responsibilities.end(id, end, caller.name()))).get(0);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAssignments", summary = "List assignments", description = "By dimension, by agency, and those in force on a date.")
    public List<AssignmentView> list(@QueryParam("dimensionId") UUID dimensionId, @QueryParam("agencyId") UUID agencyId,
            @QueryParam("asOf") @Parameter(description = "Only assignments in force on this date") LocalDate asOf) {
        return responsibilities.list(dimensionId, agencyId, asOf);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "One assignment", description = "Where a new assignment's Location points.")
    @APIResponse(responseCode = "200", description = "The assignment")
    @APIResponse(responseCode = "404", description = "No assignment has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public AssignmentView get(@PathParam("id") UUID id) {
        return responsibilities.views(List.of(responsibilities.assignment(id))).get(0);
    }
}
