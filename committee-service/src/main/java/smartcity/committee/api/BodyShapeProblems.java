package smartcity.committee.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that is JSON but not of the expected shape (an array where an object belongs, an object for a number) is a
 * malformed request. Without this mapper the JSON layer answers 400 with no body at all. (Unknown fields keep the
 * problem extension's own, more specific mapper: "Unrecognized field ...".)
 */
class BodyShapeProblems {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    Response mismatched(MismatchedInputException e, UriInfo uri) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return HttpProblem.builder()
                .withType(ProblemType.MALFORMED_REQUEST.uri())
                .withTitle(ProblemType.MALFORMED_REQUEST.title())
                .withStatus(ProblemType.MALFORMED_REQUEST.status())
                .withDetail(path.isEmpty() ? "The body does not have the expected shape"
                        : "The value at '" + path + "' does not have the expected type")
                .withInstance(URI.create(uri.getPath()))
                .build()
                .toResponse();
    }
}
