package smartcity.reporting.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import smartcity.reporting.i18n.BuddhistEra;
import smartcity.reporting.i18n.Language;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import smartcity.reporting.api.CsvWriter;

/** The reports that span survey rounds or read the committee's data. */
@Path("/reports")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Reports")
public class ReportResource {

    private final TrendReport trend;
    private final CommitteeReport committee;
    private final ScorecardReport scorecard;

    ReportResource(TrendReport trend, CommitteeReport committee, ScorecardReport scorecard) {
        this.trend = trend;
        this.committee = committee;
        this.scorecard = scorecard;
    }

    @GET
    @PermitAll
    @Path("/committee")
    @Operation(summary = "The committee report", description = "Each active committee on the report date: seats, "
            + "filled, vacant (with the seats), members whose ex-officio basis lapsed (moved post, or their agency was "
            + "dissolved or merged), the last meeting and the resolutions not yet carried out. Read from this service's "
            + "copy of committee-service's data; `dataAsOf` says how current it is. `Accept: text/csv` gives one row "
            + "per committee.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitteeReport.View.class),
                    examples = @ExampleObject(name = "Before the restructuring", value = ReportExamples.COMMITTEE)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = {
                        @ExampleObject(name = "Before the restructuring", value = ReportExamples.COMMITTEE_CSV),
                        @ExampleObject(name = "Before the restructuring, lang=en", value = ReportExamples.COMMITTEE_CSV_EN)})})
    @APIResponse(responseCode = "400", description = "`asOf` is not a date or `lang` is neither th nor en")
    public CommitteeReport.View committee(
            @QueryParam("asOf") @Parameter(description = "The report date (ISO); today in Thailand when absent",
                    example = "2022-06-06") LocalDate asOf,
            @QueryParam("lang") @Parameter(description = RoundReportResource.LANG) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(hidden = true) String acceptLanguage) {
        Language language = Language.resolve(lang, acceptLanguage);
        return committee.on(asOf == null ? LocalDate.now(BuddhistEra.THAILAND) : asOf).in(language);
    }

    @GET
    @PermitAll
    @Path("/agencies/{agencyId}/scorecard")
    @Operation(summary = "An agency's scorecard", description = "Its responsibilities in the framework (current first), "
            + "the projects of its latest answer, and how it answered each survey round. `Accept: text/csv` gives one "
            + "row per responsibility, round and project, with a `section` column.")
    @APIResponse(responseCode = "200", description = "The scorecard", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardReport.View.class),
                    examples = @ExampleObject(name = "Provincial Energy Office", value = ReportExamples.SCORECARD)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No agency with this id is known to the reports")
    public ScorecardReport.View scorecard(@PathParam("agencyId") UUID agencyId,
            @QueryParam("lang") @Parameter(description = RoundReportResource.LANG) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(hidden = true) String acceptLanguage) {
        Language language = Language.resolve(lang, acceptLanguage);
        return scorecard.of(agencyId).in(language);
    }

    @GET
    @PermitAll
    @Path("/trend")
    @Operation(summary = "The trend across survey rounds", description = "The participation figures of every round that "
            + "has opened, oldest period first, with the projects reported and their budgets.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendReport.View.class),
                    examples = @ExampleObject(name = "One round", value = ReportExamples.TREND)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public TrendReport.View trend() {
        return trend.all();
    }
}
