package smartcity.reporting.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
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
import smartcity.reporting.api.ProblemDocument;

/** The reports of one survey round. */
@Path("/survey-rounds/{id}/reports")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Reports", description = "What the province presents: JSON, or CSV with the same columns (Accept: text/csv)")
public class RoundReportResource {

    private final ParticipationReport participation;

    RoundReportResource(ParticipationReport participation) {
        this.participation = participation;
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
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "Chiang Mai, fiscal year 2565", value = ReportExamples.PARTICIPATION_CSV))})
    @APIResponse(responseCode = "404", description = "No survey round has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDocument.class)))
    public ParticipationReport.View participation(@PathParam("id") UUID id) {
        return participation.of(id);
    }
}
