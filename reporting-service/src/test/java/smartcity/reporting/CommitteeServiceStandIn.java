package smartcity.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * committee-service as reporting-service sees it: its change feed ({@code GET /changes}), served by WireMock from
 * changes a test records with {@link #put} (a record's new public state) or {@link #delete}.
 */
public class CommitteeServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static final FeedStandIn FEED = new FeedStandIn("/changes");

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.committee-service.url", FEED.start());
    }

    @Override
    public void stop() {
        FEED.stop();
    }

    /** Records a created or updated record of the kind (DIMENSION, SEAT, ...) with its state; returns its id. */
    public static UUID put(String kind, UUID id, Map<String, Object> data) {
        Map<String, Object> state = new LinkedHashMap<>(data);
        state.put("id", id.toString());
        change(kind, id, "UPDATED", state);
        return id;
    }

    /** {@link #put}, as committee-service recorded it at a given time (its feed item's {@code occurredAt}). */
    public static UUID put(String kind, UUID id, Map<String, Object> data, java.time.Instant occurredAt) {
        Map<String, Object> state = new LinkedHashMap<>(data);
        state.put("id", id.toString());
        change(kind, id, "UPDATED", state, occurredAt);
        return id;
    }

    public static void delete(String kind, UUID id) {
        change(kind, id, "DELETED", null);
    }

    public static void down(boolean isDown) {
        FEED.down(isDown);
    }

    /** 404 on the feed's path, as a service that serves no feed there would answer. */
    public static void notFound(boolean isNotFound) {
        FEED.notFound(isNotFound);
    }

    public static int requests() {
        return FEED.requests();
    }

    /**
     * committee-service's conclusion about a seat, as its feed publishes it (SEAT_VACANCY): the seat's periods, each
     * from {@link #period}.
     */
    @SafeVarargs
    public static void seatVacancy(UUID seat, UUID committee, Map<String, Object>... periods) {
        put("SEAT_VACANCY", seat, state("seatId", seat, "committeeId", committee, "periods", List.of(periods)));
    }

    /** One period of a seat: HELD, VACANT or LAPSED from a date to a date ({@code null}: still so), and why. */
    public static Map<String, Object> period(String from, String to, String status, String reason, UUID membership,
            UUID person) {
        return state("from", from, "to", to, "status", status, "reason", reason, "membershipId", membership,
                "personId", person);
    }

    /** Pairs of keys and values, for record states ({@code null} values allowed). */
    public static Map<String, Object> state(Object... keysAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            state.put((String) keysAndValues[i], value instanceof UUID id ? id.toString() : value);
        }
        return state;
    }

    private static void change(String kind, UUID id, String change, Map<String, Object> data) {
        change(kind, id, change, data, java.time.Instant.now());
    }

    private static synchronized void change(String kind, UUID id, String change, Map<String, Object> data,
            java.time.Instant occurredAt) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("revision", FEED.size() + 1);
        item.put("occurredAt", occurredAt.toString());
        item.put("kind", kind);
        item.put("id", id.toString());
        item.put("change", change);
        item.put("data", data);
        FEED.append(item);
    }
}
