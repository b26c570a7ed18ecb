package smartcity.committee.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import smartcity.committee.idempotency.IdempotencyDocumentation;

/**
 * Every error response in the OpenAPI document is problem+json: the ones Quarkus adds by itself (401 and 403 on secured
 * operations, 400 on operations with validated input) come without content, and get the {@code Problem} schema here.
 * The creates that take an {@code Idempotency-Key} get the header and its answers documented first.
 */
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        IdempotencyDocumentation.document(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                boolean error = code.startsWith("4") || code.startsWith("5");
                if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
                    Content problem = OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
                    response.setContent(problem);
                }
            });
        }));
    }
}
