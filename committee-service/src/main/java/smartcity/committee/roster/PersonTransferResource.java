package smartcity.committee.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "Move a person to a new post", description = "Secretariat or admin. Adds the new post from "
            + "`effectiveDate` to the person's `posts` and ends the post held that day on the day before; posts, rosters "
            + "and vacancies before that date stay as they were. Ends, the day before, every ex-officio membership the new "
            + "post does not fit (reason TRANSFERRED); those seats then show as vacant with reason TRANSFERRED, the "
            + "previous holder and this transfer as cause. A post already beginning on that date is a 409: correct it "
            + "instead (PATCH /people/{id}/posts/{postId}).")
    @APIResponse(responseCode = "200", description = "The person's new post and the memberships ended")
    @APIResponse(responseCode = "404", description = "No person has this id")
    @APIResponse(responseCode = "409", description = "A post of the person already begins on the effective date")
    public TransferView transfer(@PathParam("id") UUID id, @NotNull @Valid Transfer transfer) {
        Committees.Transferred moved = committees.transfer(id, transfer, caller.name());
        Person person = people.person(id);
        return new TransferView(person.id(), moved.post().positionTh(), moved.post().agencyId(), moved.post().id(),
                moved.ended().stream()
                .map(m -> MembershipView.of(m, committees.seat(m.seatId()).orElse(null), person)).toList());
    }

}
