package smartcity.reporting.api;

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
        @Schema(description = "For validation problems: every field that broke a rule, at most " + ProblemDocument.MAX_ERRORS
                + " (errorCount then says how many there are in all)") List<FieldError> errors,
        @Schema(description = "For validation problems with more broken rules than errors lists: how many in all")
                Integer errorCount,
        @Schema(description = "For unexpected failures: the id of the log entry") String correlationId) {

    /** The most broken rules a problem lists. */
    public static final int MAX_ERRORS = 50;

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "nameTh") String field,
            @Schema(examples = "must not be blank") String message) {
    }
}
