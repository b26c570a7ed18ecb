package smartcity.reporting.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of an {@code assignment.changed} webhook event: UPDATED or DELETED, the feed revision, and the
 * assignment's public state as committee-service publishes it (a deleted assignment carries its id only).
 */
public record AssignmentChanged(String change, long revision, Map<String, Object> assignment) {

    /** The fields of an assignment that committee-service publishes and reporting-service passes on. */
    private static final List<String> FIELDS = List.of("dimensionId", "agencyId", "role", "startDate", "endDate",
            "resolutionId");

    /**
     * From an item of committee-service's feed: its id, its change (CREATED, UPDATED or DELETED) and its public state
     * ({@code null} when deleted).
     */
    static AssignmentChanged of(String id, String change, Map<String, Object> data, long revision) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id);
        boolean deleted = "DELETED".equals(change) || data == null;
        if (!deleted) {
            for (String field : FIELDS) {
                Object value = data.get(field);
                state.put(field, value == null ? null : value.toString());
            }
        }
        return new AssignmentChanged(deleted ? "DELETED" : change == null ? "UPDATED" : change, revision, state);
    }
}
