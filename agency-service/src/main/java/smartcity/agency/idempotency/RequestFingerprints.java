package smartcity.agency.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What makes two requests "the same request" for a key: the operation and the method's arguments (path and query
 * parameters, the body) as the service reads them, not their bytes, so that a client's JSON formatting does not
 * matter. {@code @Context} arguments (the request URI, headers) are not part of it.
 */
@ApplicationScoped
class RequestFingerprints {

    // map entries in key order, so that equal maps give equal JSON whatever their iteration order
    private final ObjectWriter canonical;

    RequestFingerprints(ObjectMapper json) {
        this.canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** The operation's name as the OpenAPI document gives it: stable across refactorings of the Java code. */
    static String operation(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isBlank() ? operation.operationId() : method.getName();
    }

    /** SHA-256, lower-case hex, over the operation and the JSON of the arguments that describe the request. */
    String of(String operation, Method method, Object[] arguments) {
        List<Object> request = new ArrayList<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < arguments.length; i++) {
            if (Arrays.stream(annotations[i]).noneMatch(Context.class::isInstance)) {
                request.add(arguments[i]);
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a request of " + operation, e);
        }
    }
}
