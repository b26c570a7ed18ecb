package smartcity.committee.roster;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import smartcity.committee.api.ProblemDocument;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import smartcity.committee.person.People;
import smartcity.committee.person.Person;
import smartcity.committee.roster.RosterViews.MembershipView;
import smartcity.committee.roster.RosterViews.TransferView;

@Path("/people/{id}/transfer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonTransferResource {

    private final Committees committees;
    private final People people;
    private final Caller caller;

    PersonTransferResource(Committees committees, People people, Caller caller) {
        this.committees = committees;
        this.people = people;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a person to a new post", description = "Secretariat or admin. Ends, the day before, every "
            + "ex-officio membership the new post no longer fits (reason TRANSFERRED); those seats then show as vacant.")
    @APIResponse(responseCode = "200", description = "The person's new post and the memberships ended")
    @APIResponse(responseCode = "404", description = "No person has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDocument.class)))
    public TransferView transfer(@PathParam("id") UUID id, @NotNull @Valid Transfer transfer) {
        List<Membership> ended = committees.transfer(id, transfer, caller.name());
        Person person = people.person(id);
        return new TransferView(person.id(), person.positionTh(), person.agencyId(), ended.stream()
                .map(m -> MembershipView.of(m, committees.seat(m.seatId()).orElse(null), person)).toList());
    }

}
