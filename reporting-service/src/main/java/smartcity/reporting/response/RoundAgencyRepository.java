package smartcity.reporting.response;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
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

    /** The round's surveyed agencies that have no answer in it, by code (ties by id): one query per page. */
    public PanacheQuery<RoundAgency> notAnswered(UUID roundId) {
        return find("from RoundAgency a where a.key.roundId = ?1 and not exists (select r.key from SurveyResponse r "
                + "where r.key.roundId = a.key.roundId and r.key.agencyId = a.key.agencyId) "
                + "order by a.code, a.key.agencyId", roundId);
    }
}
