package smartcity.agency.changefeed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.agency.security.StaffOnly;

@Schema(name = "AgencyChange", description = "One change in the agency change feed")
public record ChangeFeedItem(
        @Schema(description = "Opaque position of this event; pass it as `after` to read what follows", examples = "42") String cursor,
        AgencyEventType type,
        Instant occurredAt,
        @Schema(description = "The agency's id") UUID id,
        @Schema(description = StaffOnly.DESCRIPTION) @StaffOnly String actor,
        @Schema(implementation = smartcity.agency.AgencyView.class, description = "The agency's state after the change") JsonNode data) {
}
