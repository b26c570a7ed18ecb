package smartcity.committee.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** The meeting, or a 404 problem. */
    public Meeting require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new MeetingNotFound(id));
    }

    /** The same under its row lock (PESSIMISTIC_WRITE), held until the transaction ends. */
    public Meeting requireLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new MeetingNotFound(id));
    }
}
