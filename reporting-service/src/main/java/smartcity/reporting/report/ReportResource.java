package smartcity.reporting.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
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

    ReportResource(TrendReport trend) {
        this.trend = trend;
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
