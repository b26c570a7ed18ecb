package smartcity.committee.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * Every error response in the OpenAPI document is problem+json with the {@code Problem} schema, so that a resource's
 * {@code @APIResponse} for an error names only its status and description. This filter runs last, after Quarkus has
 * added its own responses (401 and 403 on secured operations, 400 on operations with validated input), which the
 * problem extension's OpenAPI support ({@code quarkus.resteasy.problem.openapi.*}) does not reach: it fills only the
 * responses that annotations declare.
 */
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
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
