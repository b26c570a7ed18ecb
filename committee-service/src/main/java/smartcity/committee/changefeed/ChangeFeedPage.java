package smartcity.committee.changefeed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitteeChangePage", description = "Whole revisions of the change feed and the cursor to continue from")
public record ChangeFeedPage(
        List<ChangeFeedItem> items,
        @Schema(description = "Pass as `after` in the next call; equals the request's `after` when nothing new has happened",
                examples = "18") String next) {
}
