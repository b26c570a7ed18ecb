package smartcity.reporting.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import smartcity.reporting.agency.AgencySummary;
import smartcity.reporting.round.SurveyRound;

/** The {@code data} of each event type, as integrators receive it. */
public final class EventPayloads {

    /** The fields of an assignment that committee-service publishes and reporting-service passes on. */
    private static final List<String> ASSIGNMENT_FIELDS = List.of("dimensionId", "agencyId", "role", "startDate", "endDate",
            "resolutionId");

    /** {@code agency.changed}: the feed's event type (REGISTERED, UPDATED, MERGED, DISSOLVED, ...) and the agency now. */
    public record AgencyChanged(String change, AgencySummary agency) {
    }

    /** {@code assignment.changed}: UPDATED or DELETED, the feed revision, and the assignment's public state. */
    public record AssignmentChanged(String change, long revision, Map<String, Object> assignment) {
    }

    /** {@code survey-round.opened} and {@code survey-round.closed}. */
    public record SurveyRoundChanged(UUID roundId, String code, String titleTh, String titleEn, String status,
            long surveyed) {
    }

    private EventPayloads() {
    }

    public static AgencyChanged agency(String change, AgencySummary agency) {
        return new AgencyChanged(change, agency);
    }

    /**
     * From an item of committee-service's feed: its id, its change (CREATED, UPDATED or DELETED) and its public state
     * ({@code null} when deleted); a deleted assignment carries its id only.
     */
    public static AssignmentChanged assignment(String id, String change, Map<String, Object> data, long revision) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id);
        boolean deleted = "DELETED".equals(change) || data == null;
        if (!deleted) {
            for (String field : ASSIGNMENT_FIELDS) {
                Object value = data.get(field);
                state.put(field, value == null ? null : value.toString());
            }
        }
        return new AssignmentChanged(deleted ? "DELETED" : change == null ? "UPDATED" : change, revision, state);
    }

    public static SurveyRoundChanged round(SurveyRound round, long surveyed) {
        return new SurveyRoundChanged(round.id(), round.code(), round.titleTh(), round.titleEn(), round.status().name(),
                surveyed);
    }
}
