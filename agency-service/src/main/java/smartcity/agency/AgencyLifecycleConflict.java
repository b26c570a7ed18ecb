package smartcity.agency;

import smartcity.agency.api.DomainProblem;
import smartcity.agency.api.ProblemType;

/** A change the agency's lifecycle does not allow: editing a dissolved agency, merging into a merged one, ... */
public class AgencyLifecycleConflict extends DomainProblem {

    public AgencyLifecycleConflict(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
