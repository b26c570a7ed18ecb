package smartcity.committee.person;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.agency.AgencyCopy;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The people who sit, or sat, on committees")
public class PersonResource {

    private final People people;
    private final PersonRepository repository;
    private final AgencyDirectory agencies;
    private final Caller caller;

    PersonResource(People people, PersonRepository repository, AgencyDirectory agencies, Caller caller) {
        this.people = people;
        this.repository = repository;
        this.agencies = agencies;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listPeople", summary = "List people", description = "Names, positions and affiliations for everyone; personal contact "
            + "data only for the secretariat and admins.")
    @APIResponse(responseCode = "200", description = "One page of people, in Thai name order")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    public PageView<PersonView> list(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in a name or position") String q,
            @Valid @BeanParam PageRequest page) {
        PageView<Person> found = PageView.of(repository.matching(q), page, person -> person);
        Map<UUID, AgencyCopy> names = agencies.known(found.items().stream().map(Person::agencyId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        boolean staff = caller.isStaff();
        // a person need not work for an agency: no lookup for them (the map of an empty id set refuses a null key)
        return new PageView<>(found.items().stream()
                .map(p -> PersonView.of(p, p.agencyId() == null ? null : names.get(p.agencyId()), staff)).toList(),
                found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get one person", description = "Personal contact data only for the secretariat and admins.")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "No person has this id")
    public RestResponse<PersonView> get(@PathParam("id") UUID id) {
        Person person = people.person(id);
        return RestResponse.ResponseBuilder.ok(view(person)).tag(new EntityTag(Long.toString(person.version()))).build();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createPerson", summary = "Register a person", description = "Secretariat or admin. The affiliated agency is confirmed "
            + "with agency-service; when it cannot answer, nothing is written and the answer is 503.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, breaks a rule, or names an unknown agency")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "503", description = "agency-service does not answer; retry after Retry-After seconds")
    public RestResponse<PersonView> create(@NotNull @Valid PersonDetails details, @Context UriInfo uri) {
        Person person = people.register(details, caller.name());
        return RestResponse.ResponseBuilder.<PersonView>created(uri.getAbsolutePathBuilder().path(person.id().toString()).build())
                .entity(view(person))
                .tag(new EntityTag(Long.toString(person.version())))
                .build();
    }

    private PersonView view(Person person) {
        return PersonView.of(person, agencies.known(person.agencyId()).orElse(null), caller.isStaff());
    }
}
