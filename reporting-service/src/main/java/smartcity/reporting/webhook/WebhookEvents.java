package smartcity.reporting.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The webhook outbox. {@link #record} joins the caller's transaction and refuses to run without one: an event is
 * committed together with the change it announces, or not at all.
 */
@ApplicationScoped
public class WebhookEvents implements PanacheRepositoryBase<WebhookEvent, UUID> {

    private final ObjectMapper json;

    WebhookEvents(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(WebhookEventType type, Object payload) {
        try {
            persist(new WebhookEvent(type, json.writeValueAsString(payload), Instant.now()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the payload of a " + type.wireName() + " event cannot be written", e);
        }
    }
}
