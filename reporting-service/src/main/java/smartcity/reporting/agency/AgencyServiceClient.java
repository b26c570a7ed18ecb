package smartcity.reporting.agency;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** agency-service's agency list. Wrapped by {@link AgencyRegistry}; nothing else calls it. */
@RegisterRestClient(configKey = "agency-service")
@Produces(MediaType.APPLICATION_JSON)
interface AgencyServiceClient {

    @GET
    @Path("/agencies")
    AgencyPage active(@QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
