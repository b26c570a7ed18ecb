package smartcity.committee.dimension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.api.MergePatch;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/dimensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Framework", description = "The dimensions of Chiang Mai's smart-city framework")
public class DimensionResource {

    private final Framework framework;
    private final DimensionRepository dimensions;
    private final Caller caller;

    public DimensionResource(Framework framework, DimensionRepository dimensions, Caller caller) {
        this.framework = framework;
        this.dimensions = dimensions;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDimensions", summary = "List the framework's dimensions", description = "In display order.")
    @APIResponse(responseCode = "200", description = "One page of dimensions")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    public PageView<DimensionView> list(
            @QueryParam("active") @Parameter(description = "Only active (true) or retired (false) dimensions") Boolean active,
            @Valid @BeanParam PageRequest page) {
        return PageView.of(dimensions.framework(active), page, DimensionView::from);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getDimension", summary = "Get one dimension")
    @APIResponse(responseCode = "200", description = "The dimension; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No dimension has this id")
    public RestResponse<DimensionView> get(@PathParam("id") UUID id) {
        Dimension dimension = framework.dimension(id);
        return RestResponse.ResponseBuilder.ok(DimensionView.from(dimension))
                .tag(new EntityTag(Long.toString(dimension.version())))
                .build();
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctDimension", summary = "Correct a dimension's names, description or order",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of `nameTh`, `nameEn`, `descriptionTh`, "
                    + "`descriptionEn` and `displayOrder`. The code, whether it is active and the resolutions that "
                    + "introduced or retired it are not correctable: a patch naming them, or a server-owned field such as "
                    + "`id` or `version`, is a 400 naming it. A retired dimension stays as it was: 409. Send the ETag "
                    + "you read as If-Match: a stale one is a 412 and nothing changes. The correction is one revision in "
                    + "`/history/dimensions/{id}` and an UPDATED DIMENSION in the change feed.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = DimensionCorrection.class),
            examples = @ExampleObject(name = "english name", summary = "The English name as the framework has it",
                    value = "{\"nameEn\": \"Smart Energy\", \"displayOrder\": 3}")))
    @APIResponse(responseCode = "200", description = "The corrected dimension; its new version is the ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, names a field that cannot be "
            + "corrected, or its result breaks a rule; nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No dimension has this id")
    @APIResponse(responseCode = "409", description = "The dimension is retired")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version; nothing changed")
    @APIResponse(responseCode = "415", description = "Not sent as application/merge-patch+json")
    public RestResponse<DimensionView> correct(@PathParam("id") UUID id,
            @NotNull @Schema(implementation = DimensionCorrection.class) JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET, e.g. \"3\"") String ifMatch)
            throws JsonProcessingException {
        Dimension dimension = framework.correct(id, patch, ifMatch, caller.name());
        return RestResponse.ResponseBuilder.ok(DimensionView.from(dimension))
                .tag(new EntityTag(Long.toString(dimension.version())))
                .build();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a dimension", description = "Secretariat or admin. It leaves the current framework "
            + "(and the responsibility matrix) and stays on record; a second retirement is a 409.")
    @APIResponse(responseCode = "200", description = "Retired")
    @APIResponse(responseCode = "409", description = "Already retired")
    public DimensionView retire(@PathParam("id") UUID id, @NotNull @Valid Retirement retirement) {
        return DimensionView.from(framework.retire(id, retirement, caller.name()));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createDimension", summary = "Add a dimension to the framework",
            description = "How a resolution extends the framework, e.g. with Trade and Investment.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Created; Location points to the new dimension",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DimensionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles do not include secretariat or admin")
    @APIResponse(responseCode = "400", description = "The body is malformed or breaks a rule")
    @APIResponse(responseCode = "409", description = "A dimension with this code already exists")
    public RestResponse<DimensionView> create(@NotNull @Valid DimensionCreate request, @Context UriInfo uri) {
        Dimension dimension = framework.introduce(request, caller.name());
        return RestResponse.ResponseBuilder.<DimensionView>created(uri.getAbsolutePathBuilder().path(dimension.id().toString()).build())
                .entity(DimensionView.from(dimension))
                .tag(new EntityTag(Long.toString(dimension.version())))
                .build();
    }
}
