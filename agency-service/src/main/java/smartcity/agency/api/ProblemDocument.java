package smartcity.agency.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every error response (RFC 9457 problem details), for the OpenAPI document. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json")
public record ProblemDocument(
        @Schema(description = "Relative URI of the problem type; GET it for an explanation", examples = "/problems/validation") String type,
        @Schema(examples = "Request is not valid") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "1 field is not valid") String detail,
        @Schema(description = "The request path the problem occurred on, as a URI reference (what the path carried is escaped)") String instance,
        @Schema(description = "For validation problems: every field that broke a rule") List<FieldError> errors,
        @Schema(description = "For unexpected failures: the id of the log entry") String correlationId) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "nameTh") String field,
            @Schema(examples = "must not be blank") String message) {
    }
}
