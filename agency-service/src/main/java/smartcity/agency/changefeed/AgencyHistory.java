package smartcity.agency.changefeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import smartcity.agency.api.PageRequest;
import smartcity.agency.api.PageView;

/** One agency's history, oldest change first, each with the fields it altered. */
@ApplicationScoped
public class AgencyHistory {

    /** Bookkeeping that changes with every write; listing it would hide the real changes. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy", "createdAt", "createdBy");

    private final AgencyEvents events;
    private final AgencyChangeFeed feed;

    AgencyHistory(AgencyEvents events, AgencyChangeFeed feed) {
        this.events = events;
        this.feed = feed;
    }

    public PageView<AgencyRevision> of(UUID agencyId, PageRequest page) {
        return PageView.of(events.history(agencyId), page, event -> {
            JsonNode before = feed.read(event.beforeState());
            JsonNode after = feed.read(event.afterState());
            return new AgencyRevision(Long.toString(event.seq()), event.type(), event.occurredAt(), event.actor(),
                    changes(before, after), before, after);
        });
    }

    private static List<AgencyRevision.FieldChange> changes(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(fields::add);
        if (before != null) {
            for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
                fields.add(names.next());
            }
        }
        List<AgencyRevision.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = before == null ? NullNode.instance : before.path(field);
            JsonNode now = after.path(field);
            if (!BOOKKEEPING.contains(field) && !valueOf(old).equals(valueOf(now))) {
                changes.add(new AgencyRevision.FieldChange(field, valueOf(old), valueOf(now)));
            }
        }
        return changes;
    }

    private static JsonNode valueOf(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.instance : node;
    }
}
