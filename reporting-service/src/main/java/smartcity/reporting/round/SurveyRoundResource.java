package smartcity.reporting.round;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
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
import smartcity.reporting.api.PageRequest;
import smartcity.reporting.api.PageView;
import smartcity.reporting.idempotency.Idempotent;
import smartcity.reporting.response.Answer;
import smartcity.reporting.response.Opening;
import smartcity.reporting.response.Surveys;
import smartcity.reporting.security.Caller;
import smartcity.reporting.security.Roles;

@Path("/survey-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey rounds", description = "Rounds of the province's survey of smart-city work")
public class SurveyRoundResource {

    private final SurveyRounds surveyRounds;
    private final SurveyRoundRepository rounds;
    private final Surveys surveys;
    private final Caller caller;

    public SurveyRoundResource(SurveyRounds surveyRounds, SurveyRoundRepository rounds, Surveys surveys,
            Caller caller) {
        this.surveyRounds = surveyRounds;
        this.rounds = rounds;
        this.surveys = surveys;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a survey round", description = "Secretariat or admin. Fixes the population: every active "
            + "agency in agency-service but those of the excluded types (503 when agency-service does not answer).")
    @APIResponse(responseCode = "200", description = "Opened; the number of agencies surveyed")
    @APIResponse(responseCode = "409", description = "The round is not planned any more")
    @APIResponse(responseCode = "503", description = "agency-service does not answer")
    public java.util.Map<String, Object> open(@PathParam("id") UUID id, @NotNull @Valid Opening opening) {
        int surveyed = surveys.open(id, opening.excluded());
        return java.util.Map.of("roundId", id, "status", "OPEN", "surveyed", surveyed);
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/closing")
    @Operation(summary = "Close a survey round", description = "Secretariat or admin. No answer is taken after this; "
            + "agencies that have not answered stay non-respondents.")
    @APIResponse(responseCode = "200", description = "Closed; the round as it is now")
    @APIResponse(responseCode = "409", description = "The round is not open")
    public SurveyRoundView close(@PathParam("id") UUID id) {
        return SurveyRoundView.from(surveys.close(id));
    }

    @PUT
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/{id}/responses/{agencyId}")
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

    @GET
    @PermitAll
    @Path("/{id}/responses/{agencyId}/history")
    @Operation(summary = "Every answer an agency gave in the round", description = "Oldest first; late edits stay on record.")
    @APIResponse(responseCode = "200", description = "The answers, oldest first; empty when the agency has not answered yet")
    @APIResponse(responseCode = "404", description = "No such round, or the agency is not surveyed in it")
    public java.util.List<Answer.Revision> answerHistory(@PathParam("id") UUID id, @PathParam("agencyId") UUID agencyId) {
        return surveys.history(id, agencyId);
    }

    @GET
    @PermitAll
    @Path("/{id}/non-respondents")
    @Operation(summary = "The surveyed agencies that have not answered")
    public java.util.List<Answer.NonRespondent> nonRespondents(@PathParam("id") UUID id) {
        return surveys.nonRespondents(id).stream()
                .map(a -> new Answer.NonRespondent(a.agencyId(), a.code(), a.nameTh(), a.type(), a.district())).toList();
    }

    @GET
    @PermitAll
    @Operation(summary = "List the survey rounds", description = "Newest first (by opening date).")
    @APIResponse(responseCode = "200", description = "One page of survey rounds")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    public PageView<SurveyRoundView> list(@Valid @BeanParam PageRequest page) {
        return PageView.of(rounds.newestFirst(), page, SurveyRoundView::from);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "Get one survey round")
    @APIResponse(responseCode = "200", description = "The survey round; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No survey round has this id")
    public RestResponse<SurveyRoundView> get(@PathParam("id") UUID id) {
        SurveyRound round = surveyRounds.round(id);
        return RestResponse.ResponseBuilder.ok(SurveyRoundView.from(round))
                .tag(new EntityTag(Long.toString(round.version())))
                .build();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Plan a survey round",
            description = "The period it asks about and the window in which agencies answer; dates must be in order.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Created; Location points to the new survey round",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyRoundView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles do not include secretariat or admin")
    @APIResponse(responseCode = "400", description = "The body is malformed or breaks a rule (e.g. closes before it opens)")
    @APIResponse(responseCode = "409", description = "A survey round with this code already exists")
    public RestResponse<SurveyRoundView> create(@NotNull @Valid SurveyRoundCreate request, @Context UriInfo uri) {
        SurveyRound round = surveyRounds.plan(request, caller.name());
        return RestResponse.ResponseBuilder.<SurveyRoundView>created(uri.getAbsolutePathBuilder().path(round.id().toString()).build())
                .entity(SurveyRoundView.from(round))
                .tag(new EntityTag(Long.toString(round.version())))
                .build();
    }
}
