package smartcity.reporting.round;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SurveyRoundRepository implements PanacheRepositoryBase<SurveyRound, UUID> {

    public Optional<SurveyRound> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The rounds that have opened (open or closed; not planned or cancelled), oldest period first. */
    public List<SurveyRound> thatHaveOpened() {
        return list("status in ?1 order by periodStart, opensOn, code", List.of(SurveyRound.Status.OPEN, SurveyRound.Status.CLOSED));
    }

    /** Newest first; ties broken by id so that paging is stable. */
    public PanacheQuery<SurveyRound> newestFirst() {
        return findAll(Sort.descending("opensOn").and("id"));
    }
}
