package smartcity.committee.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries of the roster's three tables. */
final class RosterRepositories {

    private RosterRepositories() {
    }

    @ApplicationScoped
    static class Committees implements PanacheRepositoryBase<Committee, UUID> {
    }

    @ApplicationScoped
    static class Seats implements PanacheRepositoryBase<Seat, UUID> {
        List<Seat> of(UUID committeeId) {
            return list("committeeId", Sort.by("displayOrder").and("id"), committeeId);
        }

        int nextDisplayOrder(UUID committeeId) {
            Integer highest = getEntityManager()
                    .createQuery("select max(s.displayOrder) from Seat s where s.committeeId = :c", Integer.class)
                    .setParameter("c", committeeId).getSingleResult();
            return highest == null ? 1 : highest + 1;
        }
    }

    @ApplicationScoped
    static class Memberships implements PanacheRepositoryBase<Membership, UUID> {
        List<Membership> ofSeat(UUID seatId) {
            return list("seatId", Sort.by("startDate"), seatId);
        }

        List<Membership> ofSeats(List<UUID> seatIds) {
            return seatIds.isEmpty() ? List.of() : list("seatId in ?1", Sort.by("startDate"), seatIds);
        }

        List<Membership> ofPerson(UUID personId) {
            return list("personId", Sort.by("startDate").and("id"), personId);
        }
    }
}
