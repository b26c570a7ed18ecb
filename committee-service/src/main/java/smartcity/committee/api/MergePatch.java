package smartcity.committee.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Corrections by JSON Merge Patch (RFC 7396, {@code PATCH} with {@code Content-Type: application/merge-patch+json}),
 * the same way in every service: the record's correctable fields as a JSON object (an editable record type), the patch
 * merged into it (a member set to {@code null} removes the field, an object merges recursively, anything else
 * replaces), the result read back into the editable type and validated as a whole. What the type does not have (a
 * server-owned field such as {@code id} or {@code version}, or a misspelt one) is a 400 naming it; a value of the wrong
 * type is a 400 naming where; a rule the whole breaks is a validation problem. Nothing is changed by any of them: the
 * caller applies the result to the entity only once it is returned.
 */
@ApplicationScoped
public class MergePatch {

    /** The media type of a merge patch (RFC 7396, section 4). */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The editable state {@code current} with {@code patch} merged in, validated.
     *
     * @param current the record's correctable fields as they are
     * @param patch the request's body: a JSON object
     * @param type the editable type, whose fields are exactly those a correction may change
     * @throws MalformedRequest when the patch is not a JSON object
     * @throws ConstraintViolationException when the corrected whole breaks a rule of {@code type}
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new MalformedRequest("A merge patch is a JSON object of the fields to change (RFC 7396)");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T corrected;
        try {
            corrected = mapper.treeToValue(merged, type);
        } catch (IOException e) {
            // Jackson's own exceptions: BodyShapeProblems and the problem extension name the field and what is wrong
            throw sneaky(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(corrected);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return corrected;
    }

    /** RFC 7396, section 2: MergePatch(Target, Patch). */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
