package smartcity.committee.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SeatRepository implements PanacheRepositoryBase<Seat, UUID> {

    /** The committee's seats in display order. */
    public List<Seat> of(UUID committeeId) {
        return list("committeeId", Sort.by("displayOrder").and("id"), committeeId);
    }

    /** The committee's seats, each under its row lock (PESSIMISTIC_WRITE) until the transaction ends. */
    public List<Seat> lockAllOf(UUID committeeId) {
        return find("committeeId", committeeId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The display order that puts a new seat after every existing one of the committee. */
    public int nextDisplayOrder(UUID committeeId) {
        Integer highest = getEntityManager()
                .createQuery("select max(s.displayOrder) from Seat s where s.committeeId = :c", Integer.class)
                .setParameter("c", committeeId).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }
}
