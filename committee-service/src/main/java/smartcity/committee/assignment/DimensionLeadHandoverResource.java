package smartcity.committee.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.assignment.AssignmentViews.LeadHandoverView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

/** Handing a dimension's lead from one agency to another in one step. */
@Path("/dimensions/{id}/lead-handovers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Which agencies are responsible for each smart-city dimension")
public class DimensionLeadHandoverResource {

    private final Responsibilities responsibilities;
    private final Caller caller;

    DimensionLeadHandoverResource(Responsibilities responsibilities, Caller caller) {
        this.responsibilities = responsibilities;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "handOverLead", summary = "Hand a dimension's lead to another agency from a date",
            description = "Secretariat or admin. All or nothing: the lead on `effectiveDate` must be `fromAgencyId`; "
                    + "its assignment ends the day before, the new lead's starts on the day (its supporting assignment, "
                    + "if it had one, ends the day before), and with `keepPreviousAsSupporting` the old lead supports "
                    + "from the day. The matrix on the day before shows the old lead, on the day the new one. The new "
                    + "lead is confirmed with agency-service (503 when it cannot answer, nothing changed). Hand-overs "
                    + "of one dimension run one after another: when the lead has changed meanwhile, the second is a 409.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Handed over; Location points to the new lead's assignment",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadHandoverView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed or breaks a rule (the same agency twice, an "
            + "unknown agency or resolution, a date not after the old lead's start); nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No dimension has this id")
    @APIResponse(responseCode = "409", description = "The lead on the date is not `fromAgencyId` (it has changed), there "
            + "is none, a later lead is already assigned, the new lead already holds another assignment of the "
            + "dimension, or the dimension is retired; nothing was changed")
    @APIResponse(responseCode = "503", description = "agency-service does not answer; retry after Retry-After seconds")
    public RestResponse<LeadHandoverView> handOver(@PathParam("id") UUID dimensionId,
            @NotNull @Valid LeadHandover request, @Context UriInfo uri) {
        LeadHandoverView handedOver = responsibilities.handOver(dimensionId, request, caller.name());
        return RestResponse.ResponseBuilder.<LeadHandoverView>created(UriBuilder.fromUri(uri.getBaseUri())
                        .path("assignments").path(handedOver.lead().id().toString()).build())
                .entity(handedOver).build();
    }
}
