package smartcity.reporting.api;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Base of the exceptions that carry a domain meaning ({@code DimensionCodeTaken}, ...): each names its
 * {@link ProblemType} and a detail a client can act on. The problem extension turns them into problem+json.
 */
public abstract class DomainProblem extends HttpProblem {

    protected DomainProblem(ProblemType type, String detail) {
        super(type.problem(detail));
    }
}
