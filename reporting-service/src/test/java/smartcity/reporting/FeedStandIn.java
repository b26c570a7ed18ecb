package smartcity.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A neighbouring service's change feed, served by WireMock from events a test appends: {@code GET path?after&limit}
 * answers the events after {@code after} as {@code {"items":[...],"next":"..."}}, like the real feeds. It can be taken
 * down (503) and brought back, or made to answer 404 as a service that serves no feed at that path would.
 */
public final class FeedStandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final List<Map<String, Object>> events = new ArrayList<>();
    private volatile boolean down;
    private volatile boolean notFound;
    private WireMockServer server;

    public FeedStandIn(String path) {
        this.path = path;
    }

    public String start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new Responder()));
        server.start();
        server.stubFor(WireMock.get(WireMock.urlPathEqualTo(path)).willReturn(WireMock.aResponse().withTransformers("feed")));
        return server.baseUrl();
    }

    public void stop() {
        server.stop();
    }

    /** Appends an event; its cursor is its position, set here. */
    public synchronized void append(Map<String, Object> event) {
        event.put("cursor", Integer.toString(events.size() + 1));
        events.add(event);
    }

    public synchronized int size() {
        return events.size();
    }

    public void down(boolean isDown) {
        down = isDown;
    }

    public void notFound(boolean isNotFound) {
        notFound = isNotFound;
    }

    public int requests() {
        return server.findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo(path))).size();
    }

    private final class Responder implements ResponseDefinitionTransformerV2 {
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
            if (notFound) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"/problems/not-found\",\"status\":404,\"title\":\"Not found\"}").build();
            }
            var request = serveEvent.getRequest();
            int after = request.queryParameter("after").isPresent()
                    ? Integer.parseInt(request.queryParameter("after").firstValue()) : 0;
            int limit = Integer.parseInt(request.queryParameter("limit").firstValue());
            synchronized (FeedStandIn.this) {
                List<Map<String, Object>> page = events.subList(Math.min(after, events.size()),
                        Math.min(after + limit, events.size()));
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
