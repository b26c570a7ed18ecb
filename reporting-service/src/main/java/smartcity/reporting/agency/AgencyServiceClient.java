package smartcity.reporting.agency;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** agency-service's change feed. Wrapped by {@link GuardedAgencyCalls}; nothing else calls it. */
@RegisterRestClient(configKey = "agency-service")
@Produces(MediaType.APPLICATION_JSON)
interface AgencyServiceClient {

    @GET
    @Path("/agencies/changes")
    AgencyChangePage changes(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
