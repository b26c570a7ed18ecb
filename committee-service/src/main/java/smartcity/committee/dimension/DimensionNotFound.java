package smartcity.committee.dimension;

import java.util.UUID;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;

class DimensionNotFound extends DomainProblem {

    DimensionNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "No dimension has the id " + id);
    }
}
