package smartcity.committee.agency;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import smartcity.committee.agency.GuardedAgencyCalls.UnknownAgency;
import smartcity.committee.api.InvalidField;

/**
 * What committee-service knows about agencies. Writes confirm an agency with agency-service itself (and fail with 503
 * when it cannot answer); reads use the local copy, which the change feed keeps current.
 */
@ApplicationScoped
public class AgencyDirectory {

    private final GuardedAgencyCalls calls;
    private final AgencyCopyRepository copies;

    AgencyDirectory(GuardedAgencyCalls calls, AgencyCopyRepository copies) {
        this.calls = calls;
        this.copies = copies;
    }

    /**
     * Confirms with agency-service that the agency exists: a 400 naming {@code field} when it does not, a 503 when
     * agency-service cannot say. Call it before the write's transaction: the call is made outside any transaction (one
     * an Idempotency-Key opened is suspended meanwhile), and the local copy is refreshed in a short transaction of its
     * own, so that the write's row locks are never held, nor its snapshot taken, while agency-service is waited for.
     */
    public AgencyRef confirm(UUID id, String field) {
        AgencyRef[] confirmed = new AgencyRef[1];
        beforeTheTransaction(() -> {
            AgencyRef agency = ask(id, field);
            QuarkusTransaction.requiringNew().run(() -> copies.findByIdOptional(id)
                    .ifPresentOrElse(copy -> copy.apply(agency, 0), () -> copyIfAbsent(agency)));
            confirmed[0] = agency;
        });
        return confirmed[0];
    }

    /**
     * Runs a write's checks, and its confirmations with agency-service, before the write's transaction: outside any
     * transaction (one an Idempotency-Key opened is suspended meanwhile and resumed after), so that they lock nothing and
     * the write's transaction, whose first statement takes its row lock, reads from a snapshot taken after that lock.
     * A problem they throw comes out as it is.
     */
    public static void beforeTheTransaction(Runnable checks) {
        try {
            QuarkusTransaction.suspendingExisting().run(checks);
        } catch (QuarkusTransactionException e) {
            // suspendingExisting wraps whatever the checks throw; the problem itself is the answer
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw e;
        }
    }

    private AgencyRef ask(UUID id, String field) {
        try {
            return calls.agency(id);
        } catch (UnknownAgency e) {
            throw new InvalidField(field, "no agency has this id");
        } catch (RuntimeException e) {
            Log.warnf("agency-service could not confirm agency %s: %s", id, e.toString());
            throw new AgencyServiceUnavailable();
        }
    }

    /**
     * Adds the agency to the copy unless a row for it appeared meanwhile: the feed follower, or another write naming the
     * same agency, may insert it at the same moment, and a duplicate key must not fail this write. A row the follower
     * wrote carries a feed position and is newer than a direct read anyway.
     */
    private void copyIfAbsent(AgencyRef agency) {
        copies.getEntityManager().createNativeQuery("INSERT INTO agency_copy "
                        + "(id, code, name_th, name_en, status, feed_seq, copied_at) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6) "
                        + "ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, agency.id().toString()).setParameter(2, agency.code())
                .setParameter(3, agency.nameTh()).setParameter(4, agency.nameEn()).setParameter(5, agency.status())
                .setParameter(6, java.time.Instant.now())
                .executeUpdate();
    }

    public Optional<AgencyCopy> known(UUID id) {
        return id == null ? Optional.empty() : copies.findByIdOptional(id);
    }

    public Map<UUID, AgencyCopy> known(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return copies.list("id in ?1", ids).stream().collect(Collectors.toMap(AgencyCopy::id, Function.identity()));
    }
}
