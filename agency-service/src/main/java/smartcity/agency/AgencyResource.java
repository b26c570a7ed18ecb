package smartcity.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.agency.api.MalformedRequest;
import smartcity.agency.api.PageRequest;
import smartcity.agency.api.PageView;
import smartcity.agency.changefeed.AgencyHistory;
import smartcity.agency.changefeed.AgencyRevision;
import smartcity.agency.idempotency.Idempotent;
import smartcity.agency.security.Caller;
import smartcity.agency.security.Roles;

@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "The provincial registry of agencies taking part in the smart-city programme")
public class AgencyResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    /** What an agency editor may change of its own agency. */
    private static final Set<String> CONTACT_FIELDS = Set.of("address", "phone", "email", "website");

    private final AgencyRegistry registry;
    private final AgencyRepository agencies;
    private final AgencyHistory history;
    private final Caller caller;
    private final AgencyExport.Starter exports;

    AgencyResource(AgencyRegistry registry, AgencyRepository agencies, AgencyHistory history, Caller caller,
            AgencyExport.Starter exports) {
        this.registry = registry;
        this.agencies = agencies;
        this.history = history;
        this.caller = caller;
        this.exports = exports;
    }

    @GET
    @PermitAll
    @Operation(summary = "List agencies", description = "Filtered, sorted (Thai names in Thai dictionary order) and paged. "
            + "With `Accept: text/csv` the answer is every matching agency (no paging), in the same order, as UTF-8 CSV "
            + "with a header row (no byte-order mark), in the format POST /agencies/import reads back. So that a "
            + "spreadsheet cannot run a value as a formula, a value that starts with `=`, `+`, `-`, `@`, a tab or a "
            + "carriage return, possibly after apostrophes, gets an apostrophe before it (`+66 53 112 233` is written "
            + "`'+66 53 112 233`, `'=x` is written `''=x`); the import removes exactly that apostrophe. The CSV is "
            + "streamed, and only a few exports run at once: one more is answered 503 with Retry-After.")
    @APIResponse(responseCode = "200", description = "One page of agencies, or the CSV export",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyPage.class)),
                @Content(mediaType = AgencyExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", description = "A filter, the sort or the paging is not valid")
    @APIResponse(responseCode = "503", description = "CSV only: as many exports are running as the service allows at once "
            + "(`smartcity.export.max-concurrent`); nothing was read. Retry after the seconds in Retry-After.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1")))
    public PageView<AgencyView> list(@Valid @BeanParam AgencyFilter filter, @Valid @BeanParam PageRequest page) {
        return PageView.of(agencies.matching(filter), page, AgencyView::from);
    }

    /**
     * The same list as CSV, chosen by content negotiation when the client prefers {@code text/csv} ({@code qs}: JSON is
     * the server's preference when the client accepts both equally, or anything); documented with {@link #list}, as one
     * operation with two representations.
     */
    @GET
    @PermitAll
    @Produces(AgencyExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CONTENT_DISPOSITION, value = "attachment; filename=\"agencies.csv\"")
    public AgencyExport export(@Valid @BeanParam AgencyFilter filter) {
        return exports.start(filter);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "Get one agency")
    @APIResponse(responseCode = "200", description = "The agency; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No agency has this id")
    public RestResponse<AgencyView> get(@PathParam("id") UUID id) {
        return tagged(RestResponse.ResponseBuilder.ok(), registry.agency(id));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Register an agency", description = "Secretariat or admin.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Registered; Location points to the new agency",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, breaks a rule, or names an unknown district or parent")
    @APIResponse(responseCode = "409", description = "An agency with this code already exists")
    public RestResponse<AgencyView> create(@NotNull @Valid AgencyDetails details, @Context UriInfo uri) {
        Agency agency = registry.register(details, caller.name());
        return tagged(RestResponse.ResponseBuilder.created(uri.getAbsolutePathBuilder().path(agency.id().toString()).build()),
                agency);
    }

    @PUT
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an agency's details", description = "Every field a client controls is replaced. "
            + "Send the ETag you read as If-Match to be sure nobody changed the agency meanwhile.")
    @APIResponse(responseCode = "200", description = "The updated agency")
    @APIResponse(responseCode = "400", description = "The body is malformed or breaks a rule")
    @APIResponse(responseCode = "404", description = "No agency has this id")
    @APIResponse(responseCode = "409", description = "The agency is merged or dissolved, the code is taken, or the parent would make a cycle")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public RestResponse<AgencyView> replace(@PathParam("id") UUID id, @NotNull @Valid AgencyDetails details,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET") String ifMatch) {
        return tagged(RestResponse.ResponseBuilder.ok(), registry.replace(id, details, ifMatch, caller.name()));
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(summary = "Change some of an agency's details",
            description = "A JSON merge patch (RFC 7396): the fields present are set, a null removes an optional field. "
                    + "The result is validated as a whole. Secretariat or admin; an agency editor may patch only its own "
                    + "agency's contact data (address, phone, email, website).")
    @APIResponse(responseCode = "403", description = "An agency editor patching another agency, or a field other than contact data")
    @APIResponse(responseCode = "200", description = "The updated agency")
    @APIResponse(responseCode = "400", description = "The patch is malformed or the result breaks a rule")
    @APIResponse(responseCode = "404", description = "No agency has this id")
    @APIResponse(responseCode = "409", description = "The agency is merged or dissolved, the code is taken, or the parent would make a cycle")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public RestResponse<AgencyView> patch(@PathParam("id") UUID id,
            @NotNull @Schema(implementation = AgencyDetails.class) JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET") String ifMatch)
            throws JsonProcessingException {
        if (!patch.isObject()) {
            // RFC 7396 would replace the whole agency with it: null, an array or a number is no agency
            throw new MalformedRequest("A merge patch of an agency is a JSON object of the fields to change");
        }
        caller.requireActsFor(id);
        if (!caller.managesRegistry()) {
            Set<String> fields = new HashSet<>();
            patch.fieldNames().forEachRemaining(fields::add);
            if (!CONTACT_FIELDS.containsAll(fields)) {
                throw new ForbiddenException("An agency editor may change only the contact data: address, phone, email, website");
            }
        }
        return tagged(RestResponse.ResponseBuilder.ok(), registry.patch(id, patch, ifMatch, caller.name()));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/dissolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dissolve an agency", description = "The only way to dissolve an agency; it stays in the registry, read-only.")
    @APIResponse(responseCode = "200", description = "The dissolved agency")
    @APIResponse(responseCode = "404", description = "No agency has this id")
    @APIResponse(responseCode = "409", description = "The agency is already merged or dissolved")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public RestResponse<AgencyView> dissolve(@PathParam("id") UUID id, @NotNull @Valid Dissolution dissolution,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(RestResponse.ResponseBuilder.ok(), registry.dissolve(id, dissolution, ifMatch, caller.name()));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/merger")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge an agency into another", description = "The merged agency points to the one that absorbed it.")
    @APIResponse(responseCode = "200", description = "The merged agency")
    @APIResponse(responseCode = "400", description = "The absorbing agency does not exist")
    @APIResponse(responseCode = "404", description = "No agency has this id")
    @APIResponse(responseCode = "409", description = "Either agency is not active, or an agency would absorb itself")
    public RestResponse<AgencyView> merge(@PathParam("id") UUID id, @NotNull @Valid Merger merger,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(RestResponse.ResponseBuilder.ok(), registry.merge(id, merger, ifMatch, caller.name()));
    }

    @GET
    @PermitAll
    @Path("/{id}/children")
    @Operation(summary = "The agencies directly under this one")
    @APIResponse(responseCode = "404", description = "No agency has this id")
    @APIResponse(responseCode = "200", description = "The agencies directly under it")
    public List<AgencyView> children(@PathParam("id") UUID id) {
        return agencies.children(registry.agency(id).id()).stream().map(AgencyView::from).toList();
    }

    @GET
    @PermitAll
    @Path("/{id}/ancestors")
    @Operation(summary = "The agencies above this one", description = "From the direct parent up to the top.")
    @APIResponse(responseCode = "404", description = "No agency has this id")
    @APIResponse(responseCode = "200", description = "Its parent, the parent's parent, and so on")
    public List<AgencyView> ancestors(@PathParam("id") UUID id) {
        return agencies.ancestors(registry.agency(id)).stream().map(AgencyView::from).toList();
    }

    @GET
    @PermitAll
    @Path("/{id}/history")
    @Operation(summary = "Every change to an agency", description = "Oldest first: who, when, and the values before and after.")
    @APIResponse(responseCode = "404", description = "No agency has this id")
    @APIResponse(responseCode = "200", description = "One page of its changes, oldest first")
    public PageView<AgencyRevision> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return history.of(registry.agency(id).id(), page);
    }

    /** For the OpenAPI document: the JSON form of the list. */
    @Schema(name = "AgencyPage")
    static final class AgencyPage {
        public List<AgencyView> items;
        public int page;
        public int size;
        public long totalItems;
        public int totalPages;
    }

    /** The agency's representation with its version as the ETag, the value clients send back in If-Match. */
    private static RestResponse<AgencyView> tagged(RestResponse.ResponseBuilder<AgencyView> response, Agency agency) {
        return response.entity(AgencyView.from(agency)).tag(new EntityTag(Long.toString(agency.version()))).build();
    }
}
