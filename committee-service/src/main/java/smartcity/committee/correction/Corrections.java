package smartcity.committee.correction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import smartcity.committee.api.MergePatch;
import smartcity.committee.persistence.AuditedEntity;

/**
 * What every correction of a record does, the same for meetings, resolutions, dimensions and assignments: the
 * If-Match is checked against the record as it is under its row lock (stale: a 412, nothing changed), then the merge
 * patch is applied to the record's correctable fields and the whole validated ({@link MergePatch}). The caller then
 * hands the result to the entity, which keeps its own rules.
 */
@ApplicationScoped
public class Corrections {

    private final MergePatch patches;

    Corrections(MergePatch patches) {
        this.patches = patches;
    }

    /**
     * Runs a correction in the caller's transaction, or a new one: as {@code QuarkusTransaction.joiningExisting()}, but
     * a patch Jackson refuses (a field the record cannot correct, a value of the wrong type) comes out as Jackson's own
     * exception, which the platform answers as a 400 naming the field, rather than wrapped (a 500). The exception is
     * declared all the way up to the resource method: ArC's interceptors turn an undeclared checked one into a 500.
     */
    public static <T> T inTransaction(Callable<T> correction) throws JsonProcessingException {
        try {
            return QuarkusTransaction.joiningExisting().call(correction);
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof JsonProcessingException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /**
     * The correctable fields of {@code locked} after {@code patch}.
     *
     * @param locked the record, read under its row lock in the caller's transaction
     * @param name how the record is named in a 412, e.g. "Resolution 3f2a…"
     * @param editable its correctable fields as they are
     */
    public <T> T apply(AuditedEntity locked, String name, String ifMatch, T editable, JsonNode patch, Class<T> type) {
        RecordChanged.requireVersion(locked, name, ifMatch);
        return patches.apply(editable, patch, type);
    }
}
