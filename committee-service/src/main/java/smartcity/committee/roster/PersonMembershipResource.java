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

@Path("/people/{id}/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonMembershipResource {

    private final Committees committees;
    private final People people;
    private final Caller caller;

    PersonMembershipResource(Committees committees, People people, Caller caller) {
        this.committees = committees;
        this.people = people;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listPersonMemberships", summary = "A person's membership history", description = "Every seat the person held, oldest first.")
    public List<MembershipView> history(@PathParam("id") UUID id) {
        Person person = people.person(id);
        return committees.historyOf(person.id()).stream()
                .map(m -> MembershipView.of(m, committees.seat(m.seatId()).orElse(null), person))
                .toList();
    }
}
