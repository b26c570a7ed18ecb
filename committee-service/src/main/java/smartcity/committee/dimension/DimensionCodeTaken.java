package smartcity.committee.dimension;

import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;

class DimensionCodeTaken extends DomainProblem {

    DimensionCodeTaken(String code) {
        super(ProblemType.CONFLICT, "A dimension with the code '" + code + "' already exists");
    }
}
