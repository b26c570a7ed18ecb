package smartcity.reporting;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * agency-service as reporting-service sees it: its change feed, served by WireMock from an in-memory registry that a
 * test changes ({@link #register}, {@link #dissolveEveryAgency}) or takes down ({@link #down}).
 */
public class AgencyServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, Object>> EVENTS = new ArrayList<>();
    private static final Map<UUID, Map<String, Object>> AGENCIES = new LinkedHashMap<>();
    private static volatile boolean down;
    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(new Feed()));
        server.start();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/agencies/changes"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withTransformers("feed")));
        return Map.of("quarkus.rest-client.agency-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** Registers an agency in the stand-in registry; it appears in the feed as a REGISTERED event. */
    public static synchronized UUID register(String code, String nameTh, String type, String localKind, String district) {
        UUID id = UUID.randomUUID();
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("id", id.toString());
        agency.put("code", code);
        agency.put("nameTh", nameTh);
        agency.put("nameEn", null);
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

    /** Renames an agency: an UPDATED event. */
    public static synchronized void rename(UUID id, String nameTh) {
        Map<String, Object> agency = AGENCIES.get(id);
        agency.put("nameTh", nameTh);
        event("UPDATED", agency);
    }

    public static void down(boolean isDown) {
        down = isDown;
    }

    public static int requests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/agencies/changes"))).size();
    }

    private static void event(String type, Map<String, Object> agency) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("cursor", Integer.toString(EVENTS.size() + 1));
        event.put("type", type);
        event.put("occurredAt", java.time.Instant.now().toString());
        event.put("id", agency.get("id"));
        event.put("data", new LinkedHashMap<>(agency));
        EVENTS.add(event);
    }

    /** Answers `GET /agencies/changes?after&limit` from the events, as agency-service does. */
    static final class Feed implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return "feed";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            if (down) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(503).build();
            }
            var request = serveEvent.getRequest();
            int after = Integer.parseInt(request.queryParameter("after").isPresent()
                    ? request.queryParameter("after").firstValue() : "0");
            int limit = Integer.parseInt(request.queryParameter("limit").firstValue());
            synchronized (AgencyServiceStandIn.class) {
                List<Map<String, Object>> page = EVENTS.subList(Math.min(after, EVENTS.size()),
                        Math.min(after + limit, EVENTS.size()));
                String next = page.isEmpty() ? Integer.toString(after) : (String) page.get(page.size() - 1).get("cursor");
                try {
                    return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody(JSON.writeValueAsString(Map.of("items", page, "next", next))).build();
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
