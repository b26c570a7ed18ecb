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
import java.time.ZoneId;
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
import smartcity.committee.assignment.AssignmentViews.MatrixView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Which agencies are responsible for each smart-city dimension")
public class ResponsibilityResource {

    private static final String PROBLEM = "application/problem+json";
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private final Responsibilities responsibilities;
    private final Caller caller;

    ResponsibilityResource(Responsibilities responsibilities, Caller caller) {
        this.responsibilities = responsibilities;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("assignments")
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
    @Path("assignments/{id}/end")
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
    @Path("assignments")
    @Operation(operationId = "listAssignments", summary = "List assignments", description = "By dimension, by agency, and those in force on a date.")
    public List<AssignmentView> list(@QueryParam("dimensionId") UUID dimensionId, @QueryParam("agencyId") UUID agencyId,
            @QueryParam("asOf") @Parameter(description = "Only assignments in force on this date") LocalDate asOf) {
        return responsibilities.list(dimensionId, agencyId, asOf);
    }

    @GET
    @PermitAll
    @Path("assignments/{id}")
    @Operation(operationId = "getAssignment", summary = "One assignment", description = "Where a new assignment's Location points.")
    @APIResponse(responseCode = "200", description = "The assignment")
    @APIResponse(responseCode = "404", description = "No assignment has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public AssignmentView get(@PathParam("id") UUID id) {
        return responsibilities.views(List.of(responsibilities.assignment(id))).get(0);
    }

    @GET
    @PermitAll
    @Path("responsibility-matrix")
    @Operation(summary = "The responsibility matrix on a date", description = "Each active dimension with its lead and "
            + "supporting agencies, and the gaps: dimensions with no lead. Today (Thailand) when no date is given.")
    public MatrixView matrix(@QueryParam("asOf") @Parameter(example = "2022-06-06") LocalDate asOf) {
        return responsibilities.matrix(asOf == null ? LocalDate.now(THAILAND) : asOf);
    }

    @GET
    @PermitAll
    @Path("agencies/{agencyId}/responsibilities")
    @Operation(summary = "Everything an agency is responsible for on a date")
    @APIResponse(responseCode = "200", description = "The agency's assignments in force on the date")
    @APIResponse(responseCode = "404", description = "No agency with this id is known here",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    public List<AssignmentView> byAgency(@PathParam("agencyId") UUID agencyId, @QueryParam("asOf") LocalDate asOf) {
        return responsibilities.ofAgency(agencyId, asOf == null ? LocalDate.now(THAILAND) : asOf);
    }
}
