package smartcity.reporting.response;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.reporting.api.PageRequest;
import smartcity.reporting.api.PageView;
import smartcity.reporting.round.Cancellation;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRoundView;
import smartcity.reporting.round.SurveyRounds;
import smartcity.reporting.security.Caller;
import smartcity.reporting.security.Roles;

/**
 * The survey run in a round, served by {@link Surveys}: opening it (fixing who is surveyed), the agencies' answers,
 * who has not answered, and closing it; or cancelling it before it opens. The round as a record is {@code SurveyRoundResource}'s.
 */
@Path("/survey-rounds/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey rounds")
public class SurveyResource {

    private final Surveys surveys;
    private final SurveyRounds surveyRounds;
    private final Caller caller;

    SurveyResource(Surveys surveys, SurveyRounds surveyRounds, Caller caller) {
        this.surveys = surveys;
        this.surveyRounds = surveyRounds;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a survey round", description = "Secretariat or admin. Fixes the population: every active "
            + "agency in agency-service but those of the excluded types (503 when agency-service does not answer).")
    @APIResponse(responseCode = "200", description = "Opened; the number of agencies surveyed")
    @APIResponse(responseCode = "409", description = "The round is not planned any more")
    @APIResponse(responseCode = "503", description = "agency-service does not answer")
    public Map<String, Object> open(@PathParam("id") UUID id, @NotNull @Valid Opening opening) {
        int surveyed = surveys.open(id, opening.excluded());
        return Map.of("roundId", id, "status", "OPEN", "surveyed", surveyed);
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/closing")
    @Operation(summary = "Close a survey round", description = "Secretariat or admin. No answer is taken after this; "
            + "agencies that have not answered stay non-respondents.")
    @APIResponse(responseCode = "200", description = "Closed; the round as it is now")
    @APIResponse(responseCode = "409", description = "The round is not open")
    public SurveyRoundView close(@PathParam("id") UUID id) {
        return SurveyRoundView.from(surveys.close(id));
    }

    @PUT
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/responses/{agencyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer for an agency", description = "An agency editor answers for its own agency only; the "
            + "secretariat and admins for any. A later answer replaces the earlier one while the round is open.")
    @APIResponse(responseCode = "200", description = "The answer as recorded")
    @APIResponse(responseCode = "403", description = "An agency editor answering for another agency")
    @APIResponse(responseCode = "409", description = "The round is not open")
    public Answer.View answer(@PathParam("id") UUID id, @PathParam("agencyId") UUID agencyId, @NotNull @Valid Answer answer) {
        caller.requireActsFor(agencyId);
        return Answer.View.from(surveys.answer(id, agencyId, answer, caller.name()));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a planned survey round", description = "Secretariat or admin. The only way to call off a "
            + "round; the body is an object, `{}` or with an optional `reason`. A cancelled round stays listed, with status CANCELLED, and "
            + "cannot be opened, answered or corrected. A round that has opened closes instead. Subscribers of "
            + "survey-round.cancelled are told.")
    @APIResponse(responseCode = "200", description = "Cancelled; the round as it is now, its ETag the new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyRoundView.class)))
    @APIResponse(responseCode = "404", description = "No survey round has this id")
    @APIResponse(responseCode = "409", description = "The round is OPEN, CLOSED or already CANCELLED: only a PLANNED round "
            + "can be cancelled")
    @APIResponse(responseCode = "412", description = "If-Match is not the round's current ETag; nothing was changed")
    public RestResponse<SurveyRoundView> cancel(@PathParam("id") UUID id, @NotNull @Valid Cancellation cancellation,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET") String ifMatch) {
        SurveyRound round = surveyRounds.cancel(id, cancellation.reason(), ifMatch,
                caller.name());
        return RestResponse.ResponseBuilder.ok(SurveyRoundView.from(round))
                .tag(new EntityTag(Long.toString(round.version())))
                .build();
    }

    @GET
    @PermitAll
    @Path("/responses/{agencyId}/history")
    @Operation(summary = "Every answer an agency gave in the round", description = "Oldest first, paged; late edits stay "
            + "on record.")
    @APIResponse(responseCode = "200", description = "One page of the answers, oldest first; no items when the agency has "
            + "not answered yet")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    @APIResponse(responseCode = "404", description = "No such round, or the agency is not surveyed in it")
    public PageView<Answer.Revision> answerHistory(@PathParam("id") UUID id, @PathParam("agencyId") UUID agencyId,
            @Valid @BeanParam PageRequest page) {
        return surveys.history(id, agencyId, page);
    }

    @GET
    @PermitAll
    @Path("/non-respondents")
    @Operation(summary = "The surveyed agencies that have not answered", description = "By agency code, paged; no items "
            + "before the round opens.")
    @APIResponse(responseCode = "200", description = "One page of the agencies surveyed in the round without an answer")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    @APIResponse(responseCode = "404", description = "No survey round has this id")
    public PageView<Answer.NonRespondent> nonRespondents(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return surveys.nonRespondents(id, page);
    }
}
