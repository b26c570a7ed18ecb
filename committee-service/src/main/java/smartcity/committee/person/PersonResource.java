package smartcity.committee.person;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.agency.AgencyCopy;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.MergePatch;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The people who sit, or sat, on committees")
public class PersonResource {

    /** Dates are Thai dates: "today" is today in Bangkok. */
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    private static final String CORRECTION_EXAMPLE = """
            {"nameEn": "Somchai Jaidee", "honorific": "ดร."}""";
    private static final String POST_CORRECTION_EXAMPLE = """
            {"positionEn": "Chiang Mai Provincial Energy Officer"}""";

    private final People people;
    private final PersonRepository repository;
    private final PersonPostRepository posts;
    private final AgencyDirectory agencies;
    private final Caller caller;

    PersonResource(People people, PersonRepository repository, PersonPostRepository posts, AgencyDirectory agencies,
            Caller caller) {
        this.people = people;
        this.repository = repository;
        this.posts = posts;
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
        LocalDate today = LocalDate.now(THAILAND);
        Map<UUID, List<PersonPost>> posts = this.posts.ofPeople(found.items().stream().map(Person::id).toList());
        Map<UUID, AgencyCopy> names = agencies.known(posts.values().stream()
                .map(held -> PersonView.agencyOn(held, today)).filter(Objects::nonNull).collect(Collectors.toSet()));
        boolean staff = caller.isStaff();
        // a person need not work for an agency: no lookup for them (the map of an empty id set refuses a null key)
        return new PageView<>(found.items().stream().map(p -> {
            List<PersonPost> held = posts.getOrDefault(p.id(), List.of());
            UUID agency = PersonView.agencyOn(held, today);
            return PersonView.of(p, held, today, agency == null ? null : names.get(agency), staff);
        }).toList(), found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get one person", description = "The post held on `asOf` (today when "
            + "absent) in `positionTh`, `positionEn` and `agencyId`, and every post held in `posts`. Personal contact data "
            + "only for the secretariat and admins.")
    @APIResponse(responseCode = "200", description = "The person; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    @APIResponse(responseCode = "404", description = "No person has this id")
    public RestResponse<PersonView> get(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "ISO date; today (Thailand) when absent", example = "2022-06-06")
            LocalDate asOf) {
        Person person = people.person(id);
        return tagged(person, asOf);
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctPerson", summary = "Correct a person",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of the names, honorific and contact data; "
                    + "a member set to null clears it. Posts are not changed here: a move is a transfer, a wrongly "
                    + "recorded post is corrected at `/people/{id}/posts/{postId}`. A server-owned or unknown field is a "
                    + "400. Send the ETag you read as If-Match: a stale one is a 412 and changes nothing. The correction "
                    + "is one revision in `/history/people/{id}` and appears in the change feed.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PersonCorrection.Patch.class),
            examples = @ExampleObject(name = "names", summary = "The English name and the honorific", value = CORRECTION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The corrected person, with its new version (also the ETag)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a field that is not correctable, or a rule broken; nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No person has this id")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version; nothing was changed")
    public RestResponse<PersonView> correct(@PathParam("id") UUID id, @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET, e.g. \"3\"") String ifMatch) throws java.io.IOException {
        return tagged(people.correct(id, patch, ifMatch, caller.name()), null);
    }

    @GET
    @PermitAll
    @Path("/{id}/posts/{postId}")
    @Operation(operationId = "getPersonPost", summary = "One of a person's posts")
    @APIResponse(responseCode = "200", description = "The post; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such person, or no such post of theirs")
    public RestResponse<PersonView.PostView> post(@PathParam("id") UUID id, @PathParam("postId") UUID postId) {
        PersonPost post = people.post(id, postId);
        return RestResponse.ResponseBuilder.ok(PersonView.PostView.of(post))
                .tag(new EntityTag(Long.toString(post.version()))).build();
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/posts/{postId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctPersonPost", summary = "Correct a post",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of a post's Thai or English position or "
                    + "agency: the same post, recorded right, over the same days (a move is a transfer). A new agency is "
                    + "confirmed with agency-service (503 when it cannot answer; nothing is written). The seats the "
                    + "person holds are judged again with it. If-Match as for the person, with the post's ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PostCorrection.Patch.class),
            examples = @ExampleObject(name = "English", summary = "The English form of the position", value = POST_CORRECTION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The corrected post, with its new version (also the ETag)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a field that is not correctable, a rule broken, or an unknown agency")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No such person, or no such post of theirs")
    @APIResponse(responseCode = "412", description = "If-Match does not match the post's current version; nothing was changed")
    @APIResponse(responseCode = "503", description = "agency-service does not answer; retry after Retry-After seconds")
    public RestResponse<PersonView.PostView> correctPost(@PathParam("id") UUID id, @PathParam("postId") UUID postId,
            @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The post's ETag, e.g. \"0\"") String ifMatch) throws java.io.IOException {
        PersonPost post = people.correctPost(id, postId, patch, ifMatch, caller.name());
        return RestResponse.ResponseBuilder.ok(PersonView.PostView.of(post))
                .tag(new EntityTag(Long.toString(post.version()))).build();
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
                .entity(view(person, null))
                .tag(new EntityTag(Long.toString(person.version())))
                .build();
    }

    private RestResponse<PersonView> tagged(Person person, LocalDate asOf) {
        return RestResponse.ResponseBuilder.ok(view(person, asOf)).tag(new EntityTag(Long.toString(person.version()))).build();
    }

    private PersonView view(Person person, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(THAILAND) : asOf;
        List<PersonPost> held = people.posts(person.id());
        UUID agency = PersonView.agencyOn(held, day);
        return PersonView.of(person, held, day, agency == null ? null : agencies.known(agency).orElse(null),
                caller.isStaff());
    }
}
