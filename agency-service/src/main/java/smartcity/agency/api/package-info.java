/**
 * Problem details and paging shared by every resource. Document-level OpenAPI that configuration cannot express: the server with its intended audience. Title, version,
 * description, contact and licence are in application.properties (which take precedence over {@code info} here).
 */
@OpenAPIDefinition(info = @Info(title = "Chiang Mai Smart City: agency registry", version = "1.0.0"),
        servers = @Server(url = "http://localhost:8081",
        description = "Local development (deploy/run.sh); deployments are reached through the province's ingress over HTTPS",
        extensions = @Extension(name = "x-internal", value = "false", parseValue = true)))
package smartcity.agency.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
