package smartcity.agency.changefeed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency change feed", description = "Every change to the registry, in commit order, for systems that keep a copy")
public class ChangeFeedResource {

    static final int MAX_LIMIT = 1000;

    private final AgencyChangeFeed feed;

    ChangeFeedResource(AgencyChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @PermitAll
    @Operation(summary = "Read the change feed",
            description = "Returns the changes after `after` in the order they were committed, each with the agency's new "
                    + "state. Start with no `after`, store `next`, and call again with it: no change is ever skipped or "
                    + "repeated. A failed write never appears.")
    @APIResponse(responseCode = "200", description = "The next changes, possibly none, and the cursor to continue from")
    @APIResponse(responseCode = "400", description = "`after` is not a cursor this feed handed out, or `limit` is out of range")
    public ChangeFeedPage changes(
            @QueryParam("after") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,18}", message = "must be a cursor returned by this feed")
            @Parameter(description = "The `next` (or an item's `cursor`) of an earlier call; omit to start from the beginning")
            String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT)
            @Parameter(description = "At most this many changes, up to " + MAX_LIMIT)
            int limit) {
        return feed.after(Long.parseLong(after), limit);
    }
}
