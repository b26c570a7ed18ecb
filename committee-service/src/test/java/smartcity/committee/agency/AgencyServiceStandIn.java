package smartcity.committee.agency;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A stand-in for agency-service (WireMock on a free port): tests say what it answers, and how slowly. */
public class AgencyServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.agency-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Stubs GET /agencies/{id} with an agency as agency-service would answer it (extra fields included). */
    public static void knows(String id, String code, String nameTh) {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/agencies/" + id)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"id\":\"" + id + "\",\"code\":\"" + code
                        + "\",\"nameTh\":\"" + nameTh + "\",\"nameEn\":\"Agency " + code + "\",\"type\":\"PROVINCIAL_GOVERNMENT\","
                        + "\"status\":\"ACTIVE\",\"version\":3,\"district\":\"5001\"}")));
    }
}
