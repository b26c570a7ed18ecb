package smartcity.committee.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import smartcity.committee.roster.RosterProblems.CommitteeNotFound;

@ApplicationScoped
public class CommitteeRepository implements PanacheRepositoryBase<Committee, UUID> {

    /** The committee, or a 404 problem: for every use case that starts from a committee in the path. */
    public Committee require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new CommitteeNotFound(id));
    }

    /** The same under its row lock (PESSIMISTIC_WRITE), held until the transaction ends. */
    public Committee requireLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new CommitteeNotFound(id));
    }

    public Optional<Committee> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
