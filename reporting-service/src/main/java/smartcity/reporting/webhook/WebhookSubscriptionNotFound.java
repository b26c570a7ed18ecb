package smartcity.reporting.webhook;

import java.util.UUID;
import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;

public class WebhookSubscriptionNotFound extends DomainProblem {

    public WebhookSubscriptionNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "No webhook subscription has id " + id);
    }
}
