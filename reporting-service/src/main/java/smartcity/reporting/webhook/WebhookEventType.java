package smartcity.reporting.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an integrating system can subscribe to, by the name they carry on the wire. */
public enum WebhookEventType {
    /** An agency change applied from agency-service's feed (registered, updated, merged, dissolved). */
    AGENCY_CHANGED("agency.changed"),
    /** A responsibility assignment created, changed or deleted, applied from committee-service's feed. */
    ASSIGNMENT_CHANGED("assignment.changed"),
    /** A survey round opened: its population is fixed. */
    SURVEY_ROUND_OPENED("survey-round.opened"),
    /** A survey round closed: its figures are final. */
    SURVEY_ROUND_CLOSED("survey-round.closed");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
