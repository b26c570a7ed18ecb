package smartcity.committee.assignment;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import smartcity.committee.assignment.AssignmentViews.MatrixView;

/** The dimension × agency matrix of the assignments in force on a date. */
@Path("/responsibility-matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Which agencies are responsible for each smart-city dimension")
public class ResponsibilityMatrixResource {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private final Responsibilities responsibilities;

    ResponsibilityMatrixResource(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    @GET
    @PermitAll
    @Operation(summary = "The responsibility matrix on a date", description = "Each active dimension with its lead and "
            + "supporting agencies, and the gaps: dimensions with no lead. Today (Thailand) when no date is given.")
    public MatrixView matrix(@QueryParam("asOf") @Parameter(example = "2022-06-06") LocalDate asOf) {
        return responsibilities.matrix(asOf == null ? LocalDate.now(THAILAND) : asOf);
    }
}
