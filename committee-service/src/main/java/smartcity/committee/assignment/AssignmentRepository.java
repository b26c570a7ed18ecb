package smartcity.committee.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /** The assignments these resolutions made, in start order: one query for a whole list of resolutions. */
    public List<Assignment> causedBy(Collection<UUID> resolutionIds) {
        return resolutionIds.isEmpty() ? List.of()
                : list("resolutionId in ?1", Sort.by("startDate").and("id"), resolutionIds);
    }
}
