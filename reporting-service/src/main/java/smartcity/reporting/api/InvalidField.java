package smartcity.reporting.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;

/** A field that breaks a rule only the service can check (a reference to something that does not exist, ...). */
public class InvalidField extends HttpProblem {

    public InvalidField(String field, String message) {
        this(List.of(new ProblemDocument.FieldError(field, message)));
    }

    /** Every rule a request breaks, reported at once so that the first one found does not hide the others. */
    public InvalidField(List<ProblemDocument.FieldError> errors) {
        super(ProblemType.VALIDATION.problem(errors.size() == 1 ? "1 field is not valid"
                : errors.size() + " fields are not valid").with("errors", List.copyOf(errors)));
    }
}
