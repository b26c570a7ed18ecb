package smartcity.committee.resolution;

import java.util.UUID;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;

public final class ResolutionNotFound extends DomainProblem {

    ResolutionNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "No resolution has the id " + id);
    }
}
