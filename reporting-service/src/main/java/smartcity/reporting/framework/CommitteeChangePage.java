package smartcity.reporting.framework;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of committee-service's change feed, as far as reporting-service reads it. Fields committee-service adds later
 * are ignored, and so are kinds this service does not keep ({@link CopiedKind}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CommitteeChangePage(List<Change> items, String next) {

    /**
     * One record changed by one revision. {@code data} is the record's public state after the change, shaped by
     * {@code kind}, or null when it was deleted; it stays a map of its fields because each kind is copied field by field
     * into the columns {@link CopiedKind} names, and a field the feed adds later waits there until a column is added.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(String cursor, Long revision, Instant occurredAt, String kind, UUID id, String change,
            Map<String, Object> data) {

        /** The revision that made the change (older feeds gave only the cursor, which is the same number). */
        long revisionOrCursor() {
            return revision != null ? revision : Long.parseLong(cursor == null ? "0" : cursor);
        }

        boolean deleted() {
            return "DELETED".equals(change) || data == null;
        }
    }
}
