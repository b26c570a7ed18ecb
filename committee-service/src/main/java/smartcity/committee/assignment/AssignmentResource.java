package smartcity.committee.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.api.MergePatch;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.assignment.AssignmentViews.AssignmentView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Which agencies are responsible for each smart-city dimension")
/** Responsibility assignments: a dimension given to an agency, as lead or supporter, for a period. */
public class AssignmentResource {

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
    @APIResponse(responseCode = "400", description = "Unknown dimension or agency, or dates out of order")
    @APIResponse(responseCode = "409", description = "A second lead for the dimension, or the agency is already assigned to it")
    @APIResponse(responseCode = "503", description = "agency-service does not answer")
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
    @APIResponse(responseCode = "409", description = "It has ended already")
    public AssignmentView end(@PathParam("id") UUID id, @NotNull @Valid AssignmentEnd end) {
        return responsibilities.views(List.of(responsibilities.end(id, end, caller.name()))).get(0);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAssignments", summary = "List assignments", description = "By dimension, by agency, "
            + "and those in force on a date; in start order, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of assignments")
    @APIResponse(responseCode = "400", description = "An id or date that is not one, or paging parameters out of range")
    public PageView<AssignmentView> list(@QueryParam("dimensionId") UUID dimensionId,
            @QueryParam("agencyId") UUID agencyId,
            @QueryParam("asOf") @Parameter(description = "Only assignments in force on this date") LocalDate asOf,
            @Valid @BeanParam PageRequest page) {
        return responsibilities.list(dimensionId, agencyId, asOf, page);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "One assignment", description = "Where a new assignment's Location points.")
    @APIResponse(responseCode = "200", description = "The assignment; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No assignment has this id")
    public RestResponse<AssignmentView> get(@PathParam("id") UUID id) {
        return tagged(responsibilities.assignment(id));
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctAssignment", summary = "Correct an assignment's basis, RACI letters or resolution",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of `raci`, `basis` and `resolutionId`: "
                    + "an assignment can be re-linked to the resolution that later confirmed it, and that resolution then "
                    + "lists it among the assignments it made. Who is responsible for what, in which role and when are "
                    + "not corrections (end the assignment and make another, or hand the lead over): a patch naming them, "
                    + "or a server-owned field such as `id` or `version`, is a 400 naming it. Send the ETag you read as "
                    + "If-Match: a stale one is a 412 and nothing changes. The correction is one revision in "
                    + "`/history/assignments/{id}` and an UPDATED ASSIGNMENT in the change feed.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = AssignmentCorrection.class),
            examples = @ExampleObject(name = "confirmed", summary = "Re-linked to the resolution that confirmed it",
                    value = "{\"resolutionId\": \"3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\", "
                            + "\"basis\": \"มติที่ประชุมคณะกรรมการ 6 มิถุนายน 2565\"}")))
    @APIResponse(responseCode = "200", description = "The corrected assignment; its new version is the ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, names a field that cannot be "
            + "corrected, or its result breaks a rule (an unknown resolution); nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No assignment has this id")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version; nothing changed")
    @APIResponse(responseCode = "415", description = "Not sent as application/merge-patch+json")
    public RestResponse<AssignmentView> correct(@PathParam("id") UUID id,
            @NotNull @Schema(implementation = AssignmentCorrection.class) JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET, e.g. \"3\"") String ifMatch)
            throws JsonProcessingException {
        return tagged(responsibilities.correct(id, patch, ifMatch, caller.name()));
    }

    /** The assignment's representation with its version as the ETag, the value clients send back in If-Match. */
    private RestResponse<AssignmentView> tagged(Assignment assignment) {
        return RestResponse.ResponseBuilder.ok(responsibilities.views(List.of(assignment)).get(0))
                .tag(new EntityTag(Long.toString(assignment.version())))
                .build();
    }
}
