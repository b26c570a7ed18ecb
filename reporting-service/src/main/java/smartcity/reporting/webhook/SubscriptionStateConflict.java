package smartcity.reporting.webhook;

import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.ProblemType;

/** A lifecycle change the subscription's state does not allow (approving an active one, resuming a pending one, ...). */
public class SubscriptionStateConflict extends DomainProblem {

    public SubscriptionStateConflict(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
