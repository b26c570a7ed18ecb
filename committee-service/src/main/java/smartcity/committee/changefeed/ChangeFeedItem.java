package smartcity.committee.changefeed;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitteeChange", description = "One record changed by one revision. A revision that changed several "
        + "records gives several items with the same cursor; a page always holds all of them.")
public record ChangeFeedItem(
        @Schema(description = "The revision as a cursor: passed as `after`, reading continues after this whole revision",
                examples = "17") String cursor,
        @Schema(description = "The revision that made the change; increases along the feed, not necessarily by one",
                examples = "17") long revision,
        @Schema(description = "When the revision committed (taken just before its commit, to the millisecond)",
                examples = "2022-06-06T03:15:00.123Z")
        Instant occurredAt,
        @Schema(examples = "SEAT") ChangeKind kind,
        @Schema(description = "The record's id") UUID id,
        @Schema(examples = "CREATED") ChangeType change,
        @Schema(description = "The record's public state after the change, shaped by `kind`; null when DELETED")
        PublicState data) {
}
