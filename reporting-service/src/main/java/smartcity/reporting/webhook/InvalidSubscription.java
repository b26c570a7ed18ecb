package smartcity.reporting.webhook;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import smartcity.reporting.api.ProblemDocument;
import smartcity.reporting.api.ProblemType;

/** A subscription request whose fields break rules only the service can check; every broken rule at once. */
class InvalidSubscription extends HttpProblem {

    InvalidSubscription(List<ProblemDocument.FieldError> errors) {
        super(HttpProblem.builder()
                .withType(ProblemType.VALIDATION.uri())
                .withTitle(ProblemType.VALIDATION.title())
                .withStatus(ProblemType.VALIDATION.status())
                .withDetail(errors.size() == 1 ? "1 field is not valid" : errors.size() + " fields are not valid")
                .with("errors", errors));
    }
}
