package smartcity.reporting.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The webhook outbox. {@link #record} and {@link #notice} join the caller's transaction and refuse to run without one:
 * an event is committed together with the change it announces, or not at all.
 */
@ApplicationScoped
public class WebhookEvents implements PanacheRepositoryBase<WebhookEvent, UUID> {

    private final ObjectMapper json;

    WebhookEvents(ObjectMapper json) {
        this.json = json;
    }

    /** An event for every subscription that wants it: the dispatcher fans it out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(WebhookEventType type, Object payload) {
        persist(new WebhookEvent(type, written(type, payload), Instant.now()));
    }

    /** An event for one subscription only, which the caller queues for it: it is not fanned out. */
    @Transactional(Transactional.TxType.MANDATORY)
    WebhookEvent notice(WebhookEventType type, Object payload, Instant at) {
        WebhookEvent event = new WebhookEvent(type, written(type, payload), at);
        event.fannedOut(at);
        persist(event);
        return event;
    }

    private String written(WebhookEventType type, Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the payload of a " + type.wireName() + " event cannot be written", e);
        }
    }
}
