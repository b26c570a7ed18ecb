package smartcity.reporting.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The local copy of the agency registry. */
@ApplicationScoped
public class AgencyCopies implements PanacheRepositoryBase<AgencyCopy, UUID> {

    public Map<UUID, AgencySummary> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().map(AgencyCopy::summary)
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }
}
