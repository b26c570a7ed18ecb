package smartcity.reporting.api;

/** A body that is well-formed JSON but cannot mean anything here (a merge patch that is not an object, ...). */
public class MalformedRequest extends DomainProblem {

    public MalformedRequest(String detail) {
        super(ProblemType.MALFORMED_REQUEST, detail);
    }
}
