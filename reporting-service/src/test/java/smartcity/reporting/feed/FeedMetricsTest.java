package smartcity.reporting.feed;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.agency.AgencyFeedFollower;

@QuarkusTest
@WithTestResource(value = AgencyServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class FeedMetricsTest {

    @Inject
    AgencyFeedFollower agencyFeed;

    @Inject
    CircuitBreakerMaintenance breakers;

    @TestHTTPResource(value = "/q/metrics", management = true)
    java.net.URL metrics;

    private double metric(String name, String feed) {
        String text = given().port(metrics.getPort()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{feed=\"" + feed + "\"[^}]*\\} ([0-9.eE+-]+|NaN)$").matcher(text);
        Assertions.assertTrue(m.find(), name + " for " + feed + " in\n" + text.lines()
                .filter(l -> l.startsWith("smartcity")).toList());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theAgencyFeedsLagAndPositionArePublishedForPrometheus() throws Exception {
        breakers.resetAll();
        AgencyServiceStandIn.down(false);
        AgencyServiceStandIn.register("CM-METRIC", "หน่วยงานวัดผล", "PROVINCIAL_GOVERNMENT", null, "5001");
        agencyFeed.catchUp();
        double lag = metric("smartcity_feed_lag_seconds", "agency");
        Assertions.assertTrue(lag >= 0 && lag < 5, "just read: " + lag);
        Assertions.assertTrue(metric("smartcity_feed_position", "agency") >= 1);
        Thread.sleep(1_200);
        Assertions.assertTrue(metric("smartcity_feed_lag_seconds", "agency") >= 1.0, "the lag grows until the next read");
    }
}
