package smartcity.reporting.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;

/** A field that breaks a rule only the service can check (a reference to something that does not exist, ...). */
public class InvalidField extends HttpProblem {

    public InvalidField(String field, String message) {
        super(HttpProblem.builder()
                .withType(ProblemType.VALIDATION.uri())
                .withTitle(ProblemType.VALIDATION.title())
                .withStatus(ProblemType.VALIDATION.status())
                .withDetail("1 field is not valid")
                .with("errors", List.of(new ProblemDocument.FieldError(field, message))));
    }
}
