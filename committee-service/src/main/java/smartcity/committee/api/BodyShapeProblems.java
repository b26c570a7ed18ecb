package smartcity.committee.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that could not be read is a malformed request, and the problem says where and what was expected in the API's
 * words: never Jackson's message, which names Java classes ({@code java.util.UUID}, the service's enum types) and the
 * reader's internals. Without these mappers a body of the wrong shape is a 400 with no body at all, and a value of the
 * wrong format (a UUID, a date, an enum constant) is the problem extension's 400 with Jackson's text. (Unknown fields
 * keep the extension's own, more specific mapper: "Unrecognized field ...".)
 */
class BodyShapeProblems {

    /** The problem extension registers its mappers (for these same exception types) with priority 999. */
    private static final int BEFORE_THE_EXTENSION = 900;

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class);

    @ServerExceptionMapper(priority = BEFORE_THE_EXTENSION)
    Response mismatched(MismatchedInputException e, UriInfo uri) {
        String path = path(e);
        return malformed(path.isEmpty() ? "The body does not have the expected shape"
                : "The value at '" + path + "' does not have the expected type", uri);
    }

    /** A list over its maximum, refused while it was read: as Bean Validation would name it, with one error only. */
    @ServerExceptionMapper(priority = BEFORE_THE_EXTENSION)
    Response tooManyItems(JsonReading.TooManyItems e, UriInfo uri) {
        return ProblemType.VALIDATION.problem("1 field is not valid")
                .with("errors", List.of(new ProblemDocument.FieldError(path(e),
                        "must have at most " + e.max() + " items")))
                .withInstance(ProblemInstance.of(uri.getPath()))
                .build()
                .toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_THE_EXTENSION)
    Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String path = path(e);
        return malformed((path.isEmpty() ? "The body" : "The value at '" + path + "'") + " is not "
                + expected(e.getTargetType()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_THE_EXTENSION)
    Response unreadable(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return malformed("The body is not well-formed JSON, or is nested or sized beyond what is read" + where, uri);
    }

    /** What a value of the type looks like, in the API's terms. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID, e.g. 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date from " + JsonReading.EARLIEST + " to " + JsonReading.LATEST + ", e.g. 2022-06-06";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number in range";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "of the expected type";
    }

    /** Where in the body: {@code projects[0].endsOn}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Response malformed(String detail, UriInfo uri) {
        return ProblemType.MALFORMED_REQUEST.problem(detail)
                .withInstance(ProblemInstance.of(uri.getPath()))
                .build()
                .toResponse();
    }
}
