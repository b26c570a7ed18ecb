package smartcity.committee.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    /** Who held the seat, oldest first. */
    public List<Membership> ofSeat(UUID seatId) {
        return list("seatId", Sort.by("startDate"), seatId);
    }

    public List<Membership> ofSeats(List<UUID> seatIds) {
        return seatIds.isEmpty() ? List.of() : list("seatId in ?1", Sort.by("startDate"), seatIds);
    }

    /** Every seat the person held, oldest first. */
    public List<Membership> ofPerson(UUID personId) {
        return list("personId", Sort.by("startDate").and("id"), personId);
    }
}
