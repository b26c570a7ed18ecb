package smartcity.agency.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A create that honours the {@code Idempotency-Key} request header: a retried request with the same key gets the first
 * answer again instead of making a second resource (see {@link IdempotencyInterceptor}). The method must return a
 * {@code RestResponse} and must not open its own transaction before this one (services join it with
 * {@code @Transactional}).
 *
 * <p>In the OpenAPI document, pair it with {@code @Operation(extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION,
 * value = "true"))}: {@link IdempotencyDocumentation} then documents the header, the replay and the 422 there.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** Marks an operation for {@link IdempotencyDocumentation}; it is removed from the published document. */
    String OPENAPI_EXTENSION = "x-idempotent";
}
