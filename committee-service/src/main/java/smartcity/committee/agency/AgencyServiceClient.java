package smartcity.committee.agency;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** agency-service's public read API. Wrapped by {@link AgencyDirectory}; nothing else calls it. */
@RegisterRestClient(configKey = "agency-service")
@Produces(MediaType.APPLICATION_JSON)
interface AgencyServiceClient {

    @GET
    @Path("/agencies/{id}")
    AgencyRef agency(@PathParam("id") UUID id);

    @GET
    @Path("/agencies/changes")
    AgencyChangePage changes(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
