package smartcity.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * agency-service as reporting-service sees it: its change feed, served by WireMock from an in-memory registry that a
 * test changes ({@link #register}, {@link #dissolveEveryAgency}) or takes down ({@link #down}).
 */
public class AgencyServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static final FeedStandIn FEED = new FeedStandIn("/agencies/changes");
    private static final Map<UUID, Map<String, Object>> AGENCIES = new LinkedHashMap<>();

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.agency-service.url", FEED.start());
    }

    @Override
    public void stop() {
        FEED.stop();
    }

    /** Registers an agency in the stand-in registry; it appears in the feed as a REGISTERED event. */
    public static synchronized UUID register(String code, String nameTh, String type, String localKind, String district) {
        return register(code, nameTh, null, type, localKind, district);
    }

    /** Registers an agency with an English name as well. */
    public static synchronized UUID register(String code, String nameTh, String nameEn, String type, String localKind,
            String district) {
        UUID id = UUID.randomUUID();
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("id", id.toString());
        agency.put("code", code);
        agency.put("nameTh", nameTh);
        agency.put("nameEn", nameEn);
        agency.put("type", type);
        agency.put("localKind", localKind);
        agency.put("district", district);
        agency.put("status", "ACTIVE");
        AGENCIES.put(id, agency);
        event("REGISTERED", agency);
        return id;
    }

    /** Dissolves every agency registered so far, so that a test starts from an empty registry. */
    public static synchronized void dissolveEveryAgency() {
        for (Map<String, Object> agency : AGENCIES.values()) {
            if ("ACTIVE".equals(agency.get("status"))) {
                agency.put("status", "DISSOLVED");
                event("DISSOLVED", agency);
            }
        }
    }

    /** Changes an agency's status (MERGED, DISSOLVED, ACTIVE): an event of that type. */
    public static synchronized void status(UUID id, String status) {
        Map<String, Object> agency = AGENCIES.get(id);
        agency.put("status", status);
        event(status, agency);
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

    private static void event(String type, Map<String, Object> agency) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("occurredAt", java.time.Instant.now().toString());
        event.put("id", agency.get("id"));
        event.put("data", new LinkedHashMap<>(agency));
        FEED.append(event);
    }
}
