package smartcity.reporting.framework;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** committee-service's change feed. Wrapped by {@link GuardedCommitteeCalls}; nothing else calls it. */
@RegisterRestClient(configKey = "committee-service")
@Produces(MediaType.APPLICATION_JSON)
interface CommitteeServiceClient {

    @GET
    @Path("/changes")
    CommitteeChangePage changes(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
