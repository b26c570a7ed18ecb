package smartcity.agency.changefeed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyChangePage", description = "A slice of the change feed and the cursor to continue from")
public record ChangeFeedPage(
        List<ChangeFeedItem> items,
        @Schema(description = "Pass as `after` in the next call; equals the request's `after` when nothing new has happened", examples = "42")
        String next) {
}
