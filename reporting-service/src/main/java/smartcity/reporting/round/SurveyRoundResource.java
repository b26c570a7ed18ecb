package smartcity.reporting.round;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.reporting.api.MergePatch;
import smartcity.reporting.api.PageRequest;
import smartcity.reporting.api.PageView;
import smartcity.reporting.idempotency.Idempotent;
import smartcity.reporting.security.Caller;
import smartcity.reporting.security.Roles;

/**
 * The survey rounds as records: planned, corrected while planned, listed and read; {@code SurveyResource} runs the
 * survey in a round (opening, answers, closing, cancellation).
 */
@Path("/survey-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey rounds", description = "Rounds of the province's survey of smart-city work")
public class SurveyRoundResource {

    private final SurveyRounds surveyRounds;
    private final SurveyRoundRepository rounds;
    private final Caller caller;

    SurveyRoundResource(SurveyRounds surveyRounds, SurveyRoundRepository rounds, Caller caller) {
        this.surveyRounds = surveyRounds;
        this.rounds = rounds;
        this.caller = caller;
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

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Correct a planned survey round",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of the round's code, titles, period and "
                    + "answering window: the fields present are set, a null removes an optional field (titleEn), and the "
                    + "corrected round is validated as a whole, as a new one is. Only a PLANNED round can be corrected: once "
                    + "it opens, its population and answers were taken under these details. Send the ETag from GET in "
                    + "If-Match; without it the correction is accepted. Subscribers of survey-round.corrected are told.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SurveyRoundPatch.class)))
    @APIResponse(responseCode = "200", description = "The corrected round; its ETag is the new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyRoundView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, names a field that cannot be changed "
            + "(id, status, version, ... or an unknown one), or the corrected round breaks a rule")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles do not include secretariat or admin")
    @APIResponse(responseCode = "404", description = "No survey round has this id")
    @APIResponse(responseCode = "409", description = "The round is OPEN, CLOSED or CANCELLED (only a PLANNED round can be "
            + "corrected), or the new code is another round's")
    @APIResponse(responseCode = "412", description = "If-Match is not the round's current ETag; nothing was changed")
    public RestResponse<SurveyRoundView> correct(@PathParam("id") UUID id, @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET") String ifMatch)
            throws JsonProcessingException {
        SurveyRound round = surveyRounds.correct(id, patch, ifMatch, caller.name());
        return RestResponse.ResponseBuilder.ok(SurveyRoundView.from(round))
                .tag(new EntityTag(Long.toString(round.version())))
                .build();
    }
}
