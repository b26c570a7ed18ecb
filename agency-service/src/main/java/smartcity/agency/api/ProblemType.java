package smartcity.agency.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem this service answers with (RFC 9457). Each {@link #uri()} is relative and resolves to a short
 * page served by {@link ProblemTypeResource}, so a developer who meets one can look up what it means.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "Request is not valid",
            "One or more fields or parameters break a rule. The `errors` list names each field and what is wrong with it; "
                    + "nothing was changed."),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request",
            "The body could not be read: it is not well-formed JSON, a value has the wrong type, or an enum value is unknown. "
                    + "Nothing was changed."),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required",
            "The operation needs a valid bearer token."),
    FORBIDDEN("forbidden", 403, "Forbidden",
            "The token is valid but does not allow this operation on this resource."),
    NOT_FOUND("not-found", 404, "Not found",
            "No resource exists at this address."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "The resource exists but does not support this HTTP method."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable",
            "The service cannot answer in any of the media types the Accept header asks for."),
    CONFLICT("conflict", 409, "Conflict",
            "The request contradicts the current state: a duplicate code, an overlapping period, a lifecycle rule. "
                    + "Nothing was changed."),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed",
            "The If-Match header does not match the resource's current ETag: someone changed it since you read it. "
                    + "Read it again and retry."),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Content too large",
            "The request body is bigger than the service accepts (see the detail). Nothing was read or changed."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
            "The request body's Content-Type is not one this operation accepts."),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused",
            "The Idempotency-Key header was already used by the same caller for a different request (another operation, "
                    + "other path parameters or another body). Nothing was changed. Send a new key with each new request; "
                    + "resend a request exactly, with its key, to get its first answer again."),
    INTERNAL("internal", 500, "Internal error",
            "An unexpected failure. The `correlationId` identifies the log entry that describes it."),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable",
            "A resource this operation needs (the database or a neighbouring service) does not answer. "
                    + "Retry after the number of seconds in the Retry-After header.");

    private final String slug;
    private final int status;
    private final String title;
    private final String description;

    ProblemType(String slug, int status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** A problem of this type, its type, title and status set, to be completed (headers, parameters) and built. */
    public HttpProblem.Builder problem(String detail) {
        return HttpProblem.builder().withType(uri()).withTitle(title).withStatus(status).withDetail(detail);
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }

    /** The generic type for a status that no more specific problem explains. */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                // these two have a precise meaning that a bare status does not carry
                .filter(type -> type.status == status && type != VALIDATION && type != IDEMPOTENCY_KEY_REUSED)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL : MALFORMED_REQUEST);
    }
}
