package smartcity.committee.resolution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import smartcity.committee.api.InvalidField;

@ApplicationScoped
public class ResolutionRepository implements PanacheRepositoryBase<Resolution, UUID> {

    /** The resolution, or a 404 problem: for the use cases that start from a resolution in the path. */
    public Resolution require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new ResolutionNotFound(id));
    }

    /** The same under its row lock (PESSIMISTIC_WRITE), held until the transaction ends. */
    public Resolution requireLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new ResolutionNotFound(id));
    }

    /**
     * For the writes that cite a resolution in their body (a restructuring, a new or retired dimension, an assignment):
     * nothing to check when none is cited, a 400 on the field when it does not exist.
     */
    public void requireCited(UUID id, String field) {
        if (id != null && findByIdOptional(id).isEmpty()) {
            throw new InvalidField(field, "no resolution has this id");
        }
    }
}
