package smartcity.committee.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the Idempotency-Key protocol on every operation marked {@link Idempotent#OPENAPI_EXTENSION} (the
 * {@link Idempotent} creates): the optional header, {@code Idempotency-Replayed} on the success answer, the 422 for a
 * reused key, and the 400 for a malformed one. An OpenAPI filter of its own, run at build time (the error responses it
 * adds carry their problem content, so it does not matter whether it runs before or after {@code ProblemResponses}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyDocumentation implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final String PARAMETER = "IdempotencyKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getExtensions() != null && operation.getExtensions().containsKey(Idempotent.OPENAPI_EXTENSION)) {
                operation.removeExtension(Idempotent.OPENAPI_EXTENSION);
                if (openAPI.getComponents() == null) {
                    openAPI.setComponents(OASFactory.createComponents());
                }
                openAPI.getComponents().addParameter(PARAMETER, header());
                document(operation);
            }
        }));
    }

    /** The header, once among the components: every idempotent operation refers to it. */
    private static Parameter header() {
        return OASFactory.createParameter()
                .name(IdempotencyKey.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes a retry safe: send a new unique value (e.g. a UUID) with each new request, and the same "
                        + "value when you resend it. A repeat of the same request with the same key, by the same caller, "
                        + "while the key is kept (24 hours unless the operators say otherwise), creates nothing and gets "
                        + "the first answer again, with `" + IdempotencyInterceptor.REPLAYED + ": true`; the same key with "
                        + "a different request is a 422. A failed request does not use up its key. 1 to 255 printable "
                        + "ASCII characters (otherwise 400).")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                        .maxLength(IdempotencyKey.MAX_LENGTH).pattern("^[\\x20-\\x7E]+$"))
                .example("5f3c2d1e-8a4b-4c6d-9e0f-1a2b3c4d5e6f");
    }

    private static void document(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        parameters.add(OASFactory.createParameter().ref(PARAMETER));
        operation.setParameters(parameters);

        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeader(IdempotencyInterceptor.REPLAYED, OASFactory.createHeader()
                        .description("`true` when this is the stored answer to an earlier request with the same Idempotency-Key")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).addEnumeration("true")));
            }
        });
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        if (!responses.containsKey("400")) {
            operation.getResponses().addAPIResponse("400", problem("The request or its Idempotency-Key header is not valid"));
        }
        operation.getResponses().addAPIResponse("422", problem("The Idempotency-Key was already used by this caller for a "
                + "different request (another operation, path or body); nothing was changed"));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
