package smartcity.committee.meeting;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.api.ProblemDocument;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.meeting.MeetingViews.MeetingView;
import smartcity.committee.meeting.MeetingViews.ResolutionView;
import smartcity.committee.resolution.Resolution;
import smartcity.committee.resolution.ResolutionDetails;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

// resolutions themselves are at /resolutions (ResolutionResource): a class there takes every path under it
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    private static final String PROBLEM = "application/problem+json";

    private final Meetings meetings;
    private final MeetingPresenter presenter;
    private final Caller caller;

    MeetingResource(Meetings meetings, MeetingPresenter presenter, Caller caller) {
        this.meetings = meetings;
        this.presenter = presenter;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Path("meetings/{id}")
    @Operation(operationId = "getMeeting", summary = "One meeting with its resolutions")
    @APIResponse(responseCode = "404", description = "No meeting has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "200", description = "The meeting with its attendees, agenda and resolutions")
    public MeetingView get(@PathParam("id") UUID id) {
        return presenter.view(meetings.meeting(id));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("meetings/{id}/resolutions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Record a resolution of a meeting", description = "Numbered in order within the meeting.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResolutionView.class)))
    public RestResponse<ResolutionView> resolve(@PathParam("id") UUID meetingId, @NotNull @Valid ResolutionDetails details,
            @Context UriInfo uri) {
        Resolution resolution = meetings.resolve(meetingId, details, caller.name());
        return RestResponse.ResponseBuilder.<ResolutionView>created(
                        UriBuilder.fromUri(uri.getBaseUri()).path("resolutions").path(resolution.id().toString()).build())
                .entity(presenter.view(resolution)).build();
    }
}
