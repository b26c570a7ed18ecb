package smartcity.committee.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CommitteeMandateRepository implements PanacheRepositoryBase<CommitteeMandate, UUID> {

    private static final Comparator<CommitteeMandate> IN_DATE_ORDER = Comparator
            .comparing(CommitteeMandate::effectiveDate, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The committee's mandates, the original first, then each amendment by its effective date. */
    public List<CommitteeMandate> of(UUID committeeId) {
        return list("committeeId", committeeId).stream().sorted(IN_DATE_ORDER).toList();
    }

    /** The mandate in force on the day: the latest begun by then. */
    public static Optional<CommitteeMandate> inForceOn(List<CommitteeMandate> mandates, LocalDate day) {
        return mandates.stream().filter(m -> m.begunBy(day)).reduce((earlier, later) -> later);
    }
}
