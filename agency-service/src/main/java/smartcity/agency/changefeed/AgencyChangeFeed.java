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

    JsonNode read(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored agency state is not JSON", e);
        }
    }
}
