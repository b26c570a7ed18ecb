package smartcity.reporting.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static smartcity.reporting.Tokens.asSecretariat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;
import smartcity.reporting.Tokens;

/**
 * A subscription the secretariat makes for an agency names an agency of the registry: the local copy is asked, caught up
 * with agency-service first when it does not know the id, and a 503 answers when agency-service cannot be read.
 */
@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CommitteeServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class WebhookSubscriptionAgencyTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    EntityManager db;

    @BeforeEach
    @AfterEach
    void agencyServiceIsUp() {
        AgencyServiceStandIn.down(false);
        breakers.resetAll();
    }

    @Test
    void aSubscriptionForAnAgencyTheRegistryDoesNotKnowIsRefused() {
        String unknown = Tokens.randomId();
        asSecretariat().contentType("application/json")
                .body(subscription(unknown))
                .when().post("/webhook-subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of("agencyId")))
                .body("errors[0].message", equalTo("no agency has this id"));
        assertEquals(0, subscriptionsOf(unknown));
    }

    @Test
    void anUnknownAgencyAndABadCallbackUrlAreReportedTogether() {
        asSecretariat().contentType("application/json")
                .body(Map.of("callbackUrl", "https://192.0.2.10/hook", "events", List.of("survey-round.opened"),
                        "agencyId", Tokens.randomId()))
                .when().post("/webhook-subscriptions")
                .then().statusCode(400)
                .body("errors.field", hasItem("callbackUrl"))
                .body("errors.field", hasItem("agencyId"));
    }

    @Test
    void anAgencyRegisteredSinceTheCopyWasLastBroughtUpToDateIsFoundByCatchingUp() {
        UUID agency = registered();
        asSecretariat().contentType("application/json")
                .body(subscription(agency.toString()))
                .when().post("/webhook-subscriptions")
                .then().statusCode(201)
                .body("agencyId", equalTo(agency.toString()))
                .body("status", equalTo("PENDING"));
    }

    @Test
    void anAgencyTheCopyDoesNotKnowCannotBeConfirmedWhileAgencyServiceIsDown() {
        UUID agency = registered();
        AgencyServiceStandIn.down(true);
        String key = UUID.randomUUID().toString();
        asSecretariat().contentType("application/json").header("Idempotency-Key", key)
                .body(subscription(agency.toString()))
                .when().post("/webhook-subscriptions")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/service-unavailable"))
                .body("detail", equalTo("agency-service does not answer, so the agency cannot be confirmed; nothing was changed."));
        assertEquals(0, subscriptionsOf(agency.toString()));

        // the refusal did not keep the key: once agency-service answers, the same request goes through
        agencyServiceIsUp();
        asSecretariat().contentType("application/json").header("Idempotency-Key", key)
                .body(subscription(agency.toString()))
                .when().post("/webhook-subscriptions")
                .then().statusCode(201)
                .header("Idempotency-Replayed", org.hamcrest.Matchers.nullValue())
                .body("agencyId", equalTo(agency.toString()));
        assertEquals(1, subscriptionsOf(agency.toString()));
    }

    private static UUID registered() {
        String code = "WH-AG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        return AgencyServiceStandIn.register(code, "หน่วยงานผู้รับเว็บฮุก", "PROVINCIAL_GOVERNMENT", null, "5001");
    }

    private static Map<String, Object> subscription(String agencyId) {
        return Map.of("callbackUrl", "http://localhost:9/hooks/" + UUID.randomUUID(), "events", List.of("survey-round.opened"),
                "description", "ระบบของหน่วยงาน / the agency's system", "agencyId", agencyId);
    }

    private long subscriptionsOf(String agencyId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "SELECT COUNT(*) FROM webhook_subscription WHERE agency_id = ?1").setParameter(1, agencyId).getSingleResult())
                .longValue());
    }
}
