package smartcity.reporting.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import smartcity.reporting.i18n.BuddhistEra;
import smartcity.reporting.i18n.Language;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import smartcity.reporting.api.CsvWriter;

/** The reports of one survey round. */
@Path("/survey-rounds/{id}/reports")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Reports", description = "What the province presents: JSON, or CSV with the same columns (Accept: text/csv). "
        + "Every name a report shows is in Thai and English side by side (`nameTh`, `nameEn`; `labelTh`, `labelEn`; ...), "
        + "and the unsuffixed field beside them (`name`, `label`) is the one for the language asked for")
public class RoundReportResource {

    static final String LANG = "th or en; without it, the first of th/en in Accept-Language, else Thai. It chooses the "
            + "language of the unsuffixed names and date texts (`name`, `label`, `title`, `asOfText`, ...) and of the CSV; "
            + "the Thai and English values beside them (`nameTh` and `nameEn`, ...) are there in every language";

    private final ParticipationReport participation;
    private final DimensionsReport dimensions;

    RoundReportResource(ParticipationReport participation, DimensionsReport dimensions) {
        this.participation = participation;
        this.dimensions = dimensions;
    }

    @GET
    @PermitAll
    @Path("/participation")
    @Operation(summary = "The participation report", description = "Surveyed, responded, running smart-city projects and "
            + "running none, overall and by agency type, local-administration kind and district; percentages to one "
            + "decimal and as whole numbers that add up to 100 (largest remainder). `Accept: text/csv` gives one row "
            + "per group with the same figures.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipationReport.View.class),
                    examples = @ExampleObject(name = "Chiang Mai, fiscal year 2565", value = ReportExamples.PARTICIPATION)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = {
                        @ExampleObject(name = "Chiang Mai, fiscal year 2565", value = ReportExamples.PARTICIPATION_CSV),
                        @ExampleObject(name = "Chiang Mai, fiscal year 2565, lang=en",
                                value = ReportExamples.PARTICIPATION_CSV_EN)})})
    @APIResponse(responseCode = "404", description = "No survey round has this id")
    public ParticipationReport.View participation(@PathParam("id") UUID id,
            @QueryParam("lang") @Parameter(description = LANG) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(hidden = true) String acceptLanguage) {
        Language language = Language.resolve(lang, acceptLanguage);
        return participation.of(id).in(language);
    }

    @GET
    @PermitAll
    @Path("/dimensions")
    @Operation(summary = "The dimensions report", description = "Per active dimension of the framework: its lead and "
            + "supporting agencies on the report date, the projects the round's answers report under it, the agencies "
            + "running them and their budgets, and its gaps (NO_LEAD, LEAD_NOT_ACTIVE, NO_PROJECTS). Read from this "
            + "service's copies of committee-service's and agency-service's data; `dataAsOf` says how current they are. "
            + "`Accept: text/csv` gives one row per dimension.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimensionsReport.View.class),
                    examples = @ExampleObject(name = "Energy, 6 June 2022", value = ReportExamples.DIMENSIONS)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Energy, 6 June 2022", value = ReportExamples.DIMENSIONS_CSV))})
    @APIResponse(responseCode = "400", description = "`asOf` is not a date or `lang` is neither th nor en")
    @APIResponse(responseCode = "404", description = "No survey round has this id")
    public DimensionsReport.View dimensions(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "The report date (ISO); today in Thailand when absent",
                    example = "2022-06-06") LocalDate asOf,
            @QueryParam("lang") @Parameter(description = LANG) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(hidden = true) String acceptLanguage) {
        Language language = Language.resolve(lang, acceptLanguage);
        return dimensions.of(id, asOf == null ? LocalDate.now(BuddhistEra.THAILAND) : asOf).in(language);
    }
}
