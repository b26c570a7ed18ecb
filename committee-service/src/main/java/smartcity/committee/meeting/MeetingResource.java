package smartcity.committee.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
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
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    @APIResponse(responseCode = "200", description = "The meeting with its attendees, agenda and resolutions; its ETag is "
            + "the version to send in If-Match", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<MeetingView> get(@PathParam("id") UUID id) {
        return tagged(meetings.meeting(id));
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("meetings/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctMeeting", summary = "Correct a meeting's record",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of the place, the chair and acting chair, "
                    + "the delegation, the minutes, the attendees and the agenda: a member present replaces the field (a "
                    + "list as a whole), null clears an optional one. The committee and the day held are not correctable; "
                    + "a patch naming them, or a server-owned field such as `id` or `version`, is a 400 naming it. People "
                    + "must exist; attending agencies the patch names are confirmed with agency-service first (503 when it "
                    + "cannot answer, nothing changed). Send the ETag you read as If-Match: a stale one is a 412 and "
                    + "nothing changes. The correction is one revision in `/history/meetings/{id}` and an UPDATED "
                    + "MEETING in the change feed.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MeetingCorrection.class),
            examples = @ExampleObject(name = "place", summary = "The meeting moved to another room",
                    value = "{\"placeTh\": \"ห้องประชุมอินทนิล ชั้น 3 ศาลากลางจังหวัดเชียงใหม่\", "
                            + "\"placeEn\": \"Inthanon Room, 3rd floor, Chiang Mai City Hall\"}")))
    @APIResponse(responseCode = "200", description = "The corrected meeting; its new version is the ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, names a field that cannot be "
            + "corrected, or its result breaks a rule (unknown people or agencies, an attendee that is neither)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version; nothing changed")
    @APIResponse(responseCode = "415", description = "Not sent as application/merge-patch+json")
    @APIResponse(responseCode = "503", description = "agency-service does not answer; retry after Retry-After seconds")
    public RestResponse<MeetingView> correct(@PathParam("id") UUID id,
            @NotNull @Schema(implementation = MeetingCorrection.class) JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET, e.g. \"3\"") String ifMatch)
            throws JsonProcessingException {
        return tagged(meetings.correct(id, patch, ifMatch, caller.name()));
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

    /** The meeting's representation with its version as the ETag, the value clients send back in If-Match. */
    private RestResponse<MeetingView> tagged(Meeting meeting) {
        return RestResponse.ResponseBuilder.ok(presenter.view(meeting))
                .tag(new EntityTag(Long.toString(meeting.version())))
                .build();
    }
}
