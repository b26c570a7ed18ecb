package smartcity.agency.csv;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import smartcity.agency.api.ProblemType;

/** An import with at least one broken rule: nothing is written, and every broken rule is listed by line. */
class ImportRejected extends HttpProblem {

    ImportRejected(List<LineError> errors) {
        super(HttpProblem.builder()
                .withType(ProblemType.VALIDATION.uri())
                .withTitle(ProblemType.VALIDATION.title())
                .withStatus(ProblemType.VALIDATION.status())
                .withDetail(errors.size() == 1 ? "1 problem in the file; nothing was imported"
                        : errors.size() + " problems in the file; nothing was imported")
                .with("errors", errors));
    }
}
