package smartcity.committee.assignment;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.assignment.AssignmentViews.AssignmentView;

/** What one agency is responsible for: the per-agency read of the assignments. */
@Path("/agencies/{agencyId}/responsibilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibilities", description = "Which agencies are responsible for each smart-city dimension")
public class AgencyResponsibilityResource {

    private final Responsibilities responsibilities;

    AgencyResponsibilityResource(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    @GET
    @PermitAll
    @Operation(summary = "Everything an agency is responsible for on a date")
    @APIResponse(responseCode = "200", description = "One page of the agency's assignments in force on the date")
    @APIResponse(responseCode = "400", description = "A date that is not one, or paging parameters out of range")
    @APIResponse(responseCode = "404", description = "No agency with this id is known here")
    public PageView<AssignmentView> byAgency(@PathParam("agencyId") UUID agencyId,
            @QueryParam("asOf") @Parameter(description = "Today (Thailand) when absent", example = "2022-06-06") LocalDate asOf,
            @Valid @BeanParam PageRequest page) {
        return responsibilities.ofAgency(agencyId,
                asOf == null ? LocalDate.now(ResponsibilityMatrixResource.THAILAND) : asOf, page);
    }
}
