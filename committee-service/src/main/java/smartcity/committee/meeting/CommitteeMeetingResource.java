package smartcity.committee.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.meeting.MeetingViews.MeetingView;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/committees/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Committee meetings, who chaired them, and what they resolved")
public class CommitteeMeetingResource {

    private final Meetings meetings;
    private final MeetingPresenter presenter;
    private final Caller caller;

    CommitteeMeetingResource(Meetings meetings, MeetingPresenter presenter, Caller caller) {
        this.meetings = meetings;
        this.presenter = presenter;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Record a meeting", description = "Secretariat or admin. The chair and, when the chair delegated, "
            + "the acting chair are both kept. Attending agencies are confirmed with agency-service.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Unknown people or agencies, or an attendee that is neither")
    public RestResponse<MeetingView> record(@PathParam("id") UUID committeeId, @NotNull @Valid MeetingDetails details,
            @Context UriInfo uri) {
        Meeting meeting = meetings.record(committeeId, details, caller.name());
        return RestResponse.ResponseBuilder.<MeetingView>created(
                        UriBuilder.fromUri(uri.getBaseUri()).path("meetings").path(meeting.id().toString()).build())
                .entity(presenter.view(meeting)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCommitteeMeetings", summary = "A committee's meetings", description = "Newest first, "
            + "one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of the committee's meetings")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    @APIResponse(responseCode = "404", description = "No committee has this id")
    public PageView<MeetingView> list(@PathParam("id") UUID committeeId, @Valid @BeanParam PageRequest page) {
        PageView<Meeting> found = meetings.of(committeeId, page);
        return new PageView<>(found.items().stream().map(presenter::view).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }
}
