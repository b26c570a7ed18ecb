package smartcity.reporting.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The agencies each round surveys, fixed when it opens. */
@ApplicationScoped
public class RoundAgencyRepository implements PanacheRepositoryBase<RoundAgency, RoundAgency.Key> {

    public List<RoundAgency> of(UUID roundId) {
        return list("key.roundId", roundId);
    }
}
