package smartcity.agency.changefeed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.agency.security.StaffOnly;

@Schema(name = "AgencyRevision", description = "One change in an agency's history: who, when, and the values before and after")
public record AgencyRevision(
        @Schema(description = "Position of this change in the change feed", examples = "42") String cursor,
        AgencyEventType type,
        Instant occurredAt,
        @Schema(description = StaffOnly.DESCRIPTION) @StaffOnly String actor,
        @Schema(description = "The fields this change altered") List<FieldChange> changes,
        @Schema(implementation = smartcity.agency.AgencyView.class, nullable = true, description = "The agency before the change (absent for its creation)") JsonNode before,
        @Schema(implementation = smartcity.agency.AgencyView.class, description = "The agency after the change") JsonNode after) {

    @Schema(name = "FieldChange")
    public record FieldChange(String field,
            @Schema(description = "The field's value before (text, number, boolean or null)", anyOf = {String.class, java.math.BigDecimal.class, Boolean.class}) Object before,
            @Schema(description = "The field's value after (text, number, boolean or null)", anyOf = {String.class, java.math.BigDecimal.class, Boolean.class}) Object after) {
    }
}
