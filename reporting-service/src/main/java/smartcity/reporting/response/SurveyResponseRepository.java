package smartcity.reporting.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The agencies' current answers, one per surveyed agency and round. */
@ApplicationScoped
public class SurveyResponseRepository implements PanacheRepositoryBase<SurveyResponse, RoundAgency.Key> {

    public List<SurveyResponse> of(UUID roundId) {
        return list("key.roundId", roundId);
    }
}
