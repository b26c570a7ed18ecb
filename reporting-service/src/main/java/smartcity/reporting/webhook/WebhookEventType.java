package smartcity.reporting.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an integrating system can subscribe to, by the name they carry on the wire, and the one it cannot. */
public enum WebhookEventType {
    /** An agency change applied from agency-service's feed (registered, updated, merged, dissolved). */
    AGENCY_CHANGED("agency.changed", true),
    /** A responsibility assignment created, changed or deleted, applied from committee-service's feed. */
    ASSIGNMENT_CHANGED("assignment.changed", true),
    /** A survey round opened: its population is fixed. */
    SURVEY_ROUND_OPENED("survey-round.opened", true),
    /** A survey round closed: its figures are final. */
    SURVEY_ROUND_CLOSED("survey-round.closed", true),
    /** A planned survey round's details (code, titles, period, answering window) were corrected. */
    SURVEY_ROUND_CORRECTED("survey-round.corrected", true),
    /** A planned survey round was cancelled: it will never open. */
    SURVEY_ROUND_CANCELLED("survey-round.cancelled", true),
    /**
     * The subscription was suspended (by its owner, the secretariat, or by itself after repeated failures). Not
     * subscribed to and never fanned out: it is queued for the suspended subscription alone, so that it shows in that
     * subscription's delivery log at once and reaches its receiver once the subscription is resumed, telling it that
     * events were missed meanwhile.
     */
    SUBSCRIPTION_SUSPENDED("webhook-subscription.suspended", false);

    private final String wireName;
    private final boolean subscribable;

    WebhookEventType(String wireName, boolean subscribable) {
        this.wireName = wireName;
        this.subscribable = subscribable;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a subscription may ask for it in its {@code events}. */
    public boolean subscribable() {
        return subscribable;
    }

    public static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
