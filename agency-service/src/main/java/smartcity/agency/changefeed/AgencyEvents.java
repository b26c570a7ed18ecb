package smartcity.agency.changefeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The agency event log: written in the same transaction as the change it reports, read as the change feed (all
 * agencies, in commit order) and as one agency's history.
 *
 * <p>Writers serialise on the single row of {@code agency_event_head}: {@link #lockFeed()} takes its lock at the start
 * of the transaction and commit releases it. Sequence numbers are therefore handed out, and committed, strictly in
 * order; a rolled-back transaction gives its number back. A reader that has seen seq n has seen everything before it.
 */
@ApplicationScoped
public class AgencyEvents {

    private final EntityManager entityManager;
    private final AgencyEventRepository events;
    private final ObjectMapper json;

    AgencyEvents(EntityManager entityManager, AgencyEventRepository events, ObjectMapper json) {
        this.entityManager = entityManager;
        this.events = events;
        this.json = json;
    }

    /** Call first in every transaction that changes agencies: it waits for the writers before it to commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockFeed() {
        entityManager.createNativeQuery("SELECT last_seq FROM agency_event_head WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    /** Appends an event; {@code before} is null for a creation. Both states are stored as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AgencyEventType type, UUID agencyId, Object before, Object after, String actor) {
        entityManager.createNativeQuery("UPDATE agency_event_head SET last_seq = last_seq + 1 WHERE id = 1").executeUpdate();
        long seq = ((Number) entityManager.createNativeQuery("SELECT last_seq FROM agency_event_head WHERE id = 1")
                .getSingleResult()).longValue();
        entityManager.persist(new AgencyEvent(seq, agencyId, type, Instant.now(), actor,
                before == null ? null : write(before), write(after)));
    }

    /** An event to append: {@code before} is null for a creation. */
    public record Pending(AgencyEventType type, UUID agencyId, Object before, Object after) {
    }

    /**
     * Appends events in the given order with one read and one update of the feed head, for a transaction that writes
     * many agencies (the CSV import): the same events {@link #record} would append one by one, without a round trip
     * and a flush of every agency written so far per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Pending> pending, String actor) {
        if (pending.isEmpty()) {
            return;
        }
        long last = ((Number) entityManager.createNativeQuery("SELECT last_seq FROM agency_event_head WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        Instant now = Instant.now();
        for (Pending event : pending) {
            entityManager.persist(new AgencyEvent(++last, event.agencyId(), event.type(), now, actor,
                    event.before() == null ? null : write(event.before()), write(event.after())));
        }
        entityManager.createNativeQuery("UPDATE agency_event_head SET last_seq = ?1 WHERE id = 1").setParameter(1, last)
                .executeUpdate();
    }

    public List<AgencyEvent> after(long cursor, int limit) {
        return events.find("seq > ?1", Sort.by("seq"), cursor).page(0, limit).list();
    }

    public PanacheQuery<AgencyEvent> history(UUID agencyId) {
        return events.find("agencyId", Sort.by("seq"), agencyId);
    }

    private String write(Object state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agency state cannot be written as JSON", e);
        }
    }
}
