package smartcity.committee.meeting;

import java.util.UUID;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;

final class MeetingNotFound extends DomainProblem {

    MeetingNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "No meeting has the id " + id);
    }
}
