package smartcity.reporting.response;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import smartcity.reporting.api.ProblemDocument;
import smartcity.reporting.api.ProblemType;
import smartcity.reporting.framework.CommitteeFeedFollower;
import smartcity.reporting.framework.FrameworkCopies;

/**
 * Confirms that the dimension codes of reported projects name active dimensions of committee-service's framework, as
 * the local copy knows them. A code the copy does not know is checked again after catching up with the feed, so a
 * dimension added minutes ago is accepted; when committee-service cannot be read then, the answer is refused with 503
 * rather than judged on a copy that may be out of date.
 */
@ApplicationScoped
public class DimensionCodes {

    private final FrameworkCopies framework;
    private final CommitteeFeedFollower feed;

    DimensionCodes(FrameworkCopies framework, CommitteeFeedFollower feed) {
        this.framework = framework;
        this.feed = feed;
    }

    public void confirm(List<Answer.Project> projects) {
        if (projects.stream().allMatch(p -> p.dimensions() == null || p.dimensions().isEmpty())) {
            return;
        }
        List<ProblemDocument.FieldError> unknown = unknown(projects);
        if (unknown.isEmpty()) {
            return;
        }
        try {
            feed.catchUp();
        } catch (RuntimeException e) {
            throw new HttpProblem(HttpProblem.builder()
                    .withType(ProblemType.SERVICE_UNAVAILABLE.uri())
                    .withTitle(ProblemType.SERVICE_UNAVAILABLE.title())
                    .withStatus(ProblemType.SERVICE_UNAVAILABLE.status())
                    .withDetail("committee-service does not answer, so the dimension codes cannot be confirmed; "
                            + "nothing was changed.")
                    .withHeader("Retry-After", "10")) { };
        }
        unknown = unknown(projects);
        if (!unknown.isEmpty()) {
            throw new HttpProblem(HttpProblem.builder()
                    .withType(ProblemType.VALIDATION.uri())
                    .withTitle(ProblemType.VALIDATION.title())
                    .withStatus(ProblemType.VALIDATION.status())
                    .withDetail(unknown.size() + (unknown.size() == 1 ? " field is" : " fields are") + " not valid")
                    .with("errors", unknown)) { };
        }
    }

    private List<ProblemDocument.FieldError> unknown(List<Answer.Project> projects) {
        Set<String> active = framework.dimensions().stream().filter(FrameworkCopies.Dimension::active)
                .map(FrameworkCopies.Dimension::code).collect(Collectors.toSet());
        List<ProblemDocument.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            List<String> codes = projects.get(i).dimensions();
            for (int j = 0; j < codes.size(); j++) {
                if (!active.contains(codes.get(j))) {
                    errors.add(new ProblemDocument.FieldError("projects[" + i + "].dimensions[" + j + "]",
                            "no active dimension of the framework has the code " + codes.get(j)));
                }
            }
        }
        return errors;
    }
}
