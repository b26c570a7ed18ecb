package smartcity.committee.meeting;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import smartcity.committee.meeting.MeetingViews.ResolutionView;
import smartcity.committee.resolution.FollowUpDetails;
import smartcity.committee.resolution.Resolution;
import smartcity.committee.resolution.ResolutionCorrection;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

/** Resolutions across meetings, and their follow-up: which of them have been carried out. */
@Path("/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class ResolutionResource {

    private static final String DONE_EXAMPLE = """
            {
              "followUp": "DONE",
              "doneOn": "2022-07-01",
              "noteTh": "ปรับโครงสร้างคณะกรรมการแล้ว มีผลตั้งแต่วันที่ 1 กรกฎาคม 2565",
              "noteEn": "The committee was restructured with effect from 1 July 2022"
            }""";

    private static final String IN_PROGRESS_EXAMPLE = """
            {
              "followUp": "IN_PROGRESS",
              "responsibleAgencyId": "3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b",
              "dueOn": "2022-09-30",
              "noteTh": "สำนักงานพาณิชย์จังหวัดเชียงใหม่อยู่ระหว่างจัดทำแผนขับเคลื่อนด้านการค้าและการลงทุน",
              "noteEn": "The Provincial Commerce Office is drafting the trade and investment plan"
            }""";

    private final Meetings meetings;
    private final MeetingPresenter presenter;
    private final Caller caller;

    ResolutionResource(Meetings meetings, MeetingPresenter presenter, Caller caller) {
        this.meetings = meetings;
        this.presenter = presenter;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listResolutions", summary = "List resolutions", description = "Those of the newest meeting first, each meeting's in number "
            + "order. `followUp=OPEN` lists the resolutions not yet taken up, `IN_PROGRESS` those under way; DONE and "
            + "DROPPED ones are closed.")
    @APIResponse(responseCode = "200", description = "One page of resolutions")
    @APIResponse(responseCode = "400", description = "An unknown follow-up status, a committee id that is not a UUID, or "
            + "paging parameters out of range")
    public PageView<ResolutionView> list(
            @QueryParam("followUp") @Parameter(description = "Only resolutions with this follow-up", example = "OPEN")
            Resolution.FollowUp followUp,
            @QueryParam("committeeId") @Parameter(description = "Only resolutions of this committee's meetings")
            UUID committeeId,
            @Valid @BeanParam PageRequest page) {
        PageView<Resolution> found = meetings.resolutions(followUp, committeeId, page);
        return new PageView<>(presenter.views(found.items()), found.page(), found.size(), found.totalItems(),
                found.totalPages());
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "One resolution, what it caused, and its follow-up")
    @APIResponse(responseCode = "200", description = "The resolution; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No resolution has this id")
    public RestResponse<ResolutionView> resolution(@PathParam("id") UUID id) {
        return tagged(meetings.resolution(id));
    }

    @PUT
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a resolution's follow-up",
            description = "Secretariat or admin. Replaces the whole follow-up: a field left out is cleared. Any status "
                    + "may follow any other, as the committee decides; DONE needs `doneOn`, not before the day of the "
                    + "meeting that resolved it, and any other status has no `doneOn` (leaving DONE clears it). The "
                    + "responsible agency is confirmed with agency-service; when it cannot answer, nothing is written and "
                    + "the answer is 503. Send the ETag you read as If-Match to be sure nobody changed the resolution "
                    + "meanwhile. The change appears in the change feed as an UPDATED RESOLUTION.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FollowUpDetails.class),
            examples = {
                    @ExampleObject(name = "done", summary = "The restructuring took effect on 1 July 2022", value = DONE_EXAMPLE),
                    @ExampleObject(name = "in progress", summary = "Under way with the Provincial Commerce Office",
                            value = IN_PROGRESS_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The resolution with its new follow-up and version (also the ETag)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The body is malformed, or breaks a rule (DONE without doneOn, doneOn "
            + "before the meeting or without DONE, a note too long, an unknown responsible agency); nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No resolution has this id")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "503", description = "agency-service does not answer; retry after Retry-After seconds")
    public RestResponse<ResolutionView> followUp(@PathParam("id") UUID id, @NotNull @Valid FollowUpDetails details,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET, e.g. \"3\"") String ifMatch) {
        return tagged(meetings.followUp(id, details, ifMatch, caller.name()));
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctResolution", summary = "Correct a resolution's kind or text",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of `kind`, `textTh` and `textEn`; the "
                    + "follow-up has its own PUT. A patch naming any other field, such as `id`, `version`, `number` or "
                    + "`followUp`, is a 400 naming it. Send the ETag you read as If-Match: a stale one is a 412 and "
                    + "nothing changes. The correction is one revision in `/history/resolutions/{id}` and an UPDATED "
                    + "RESOLUTION in the change feed.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ResolutionCorrection.class),
            examples = @ExampleObject(name = "english text", summary = "The English text, as the minutes have it",
                    value = "{\"textEn\": \"A new push on trade and investment in the smart-city programme\"}")))
    @APIResponse(responseCode = "200", description = "The corrected resolution; its new version is the ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, names a field that cannot be "
            + "corrected, or its result breaks a rule; nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No resolution has this id")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version; nothing changed")
    @APIResponse(responseCode = "415", description = "Not sent as application/merge-patch+json")
    public RestResponse<ResolutionView> correct(@PathParam("id") UUID id,
            @NotNull @Schema(implementation = ResolutionCorrection.class) JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET, e.g. \"3\"") String ifMatch)
            throws JsonProcessingException {
        return tagged(meetings.correctResolution(id, patch, ifMatch, caller.name()));
    }

    /** The resolution's representation with its version as the ETag, the value clients send back in If-Match. */
    private RestResponse<ResolutionView> tagged(Resolution resolution) {
        return RestResponse.ResponseBuilder.ok(presenter.view(resolution))
                .tag(new EntityTag(Long.toString(resolution.version())))
                .build();
    }
}
