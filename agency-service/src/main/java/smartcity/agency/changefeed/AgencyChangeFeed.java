package smartcity.agency.changefeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the change feed: the events after a cursor, in commit order, with the cursor to resume from. */
@ApplicationScoped
public class AgencyChangeFeed {

    private final AgencyEvents events;
    private final ObjectMapper json;

    private static final java.util.List<String> AUTHORSHIP = java.util.List.of("createdBy", "updatedBy");

    AgencyChangeFeed(AgencyEvents events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    public ChangeFeedPage after(long cursor, int limit) {
        List<ChangeFeedItem> items = events.after(cursor, limit).stream()
                .map(event -> new ChangeFeedItem(Long.toString(event.seq()), event.type(), event.occurredAt(),
                        event.agencyId(), event.actor(), read(event.afterState())))
                .toList();
        String next = items.isEmpty() ? Long.toString(cursor) : items.get(items.size() - 1).cursor();
        return new ChangeFeedPage(items, next);
    }

    /**
     * A stored state as the feed and the history show it: without who created or last changed the record, which the
     * event's own {@code actor} says to those who may know it (states stored before this rule may still carry them).
     */
    JsonNode read(String state) {
        try {
            JsonNode node = state == null ? null : json.readTree(state);
            if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode fields) {
                fields.remove(AUTHORSHIP);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored agency state is not JSON", e);
        }
    }
}
