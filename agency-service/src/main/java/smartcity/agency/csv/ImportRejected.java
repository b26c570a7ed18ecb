package smartcity.agency.csv;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Comparator;
import java.util.List;
import smartcity.agency.api.ProblemType;

/**
 * An import with at least one broken rule: nothing is written. The broken rules are listed by line, the first
 * {@value #LISTED} of them, and when there are more, {@code errorCount} says how many there are in all (the shape the
 * platform's validation problems take too), so that neither the answer nor its log line grows with the file.
 */
class ImportRejected extends HttpProblem {

    static final int LISTED = 50;

    ImportRejected(List<LineError> errors) {
        super(builder(errors));
    }

    private static HttpProblem.Builder builder(List<LineError> errors) {
        int count = errors.size();
        List<LineError> listed = errors.stream().sorted(Comparator.comparingInt(LineError::line)).limit(LISTED).toList();
        HttpProblem.Builder problem = ProblemType.VALIDATION.problem((count == 1 ? "1 problem in the file" : count + " problems in the file")
                + (count > LISTED ? "; the first " + LISTED + " are listed" : "") + "; nothing was imported")
                .with("errors", listed);
        return count > LISTED ? problem.with("errorCount", count) : problem;
    }
}
