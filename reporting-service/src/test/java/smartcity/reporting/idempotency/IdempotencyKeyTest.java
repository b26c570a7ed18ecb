package smartcity.reporting.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import smartcity.reporting.Tokens;

/**
 * The Idempotency-Key header on POST /survey-rounds and POST /webhook-subscriptions ({@link IdempotencyContract}), and
 * what a retried subscription must give back: its signing secret.
 */
@QuarkusTest
class IdempotencyKeyTest extends IdempotencyContract {

    private static final String VALIDATION = "/problems/validation";
    private static final String SUBSCRIPTIONS = "/webhook-subscriptions";

    @Override
    protected List<Create> creates() {
        return List.of(
                new Create("survey round", "/survey-rounds", () -> new Request("/survey-rounds", round()),
                        request -> rows("survey_round"), List.of("code", "titleTh"),
                        // closing before it opens
                        request -> List.of(new Refusal(request.with("closesOn", "2022-03-31"), 400, VALIDATION)),
                        true),
                new Create("webhook subscription", SUBSCRIPTIONS, () -> new Request(SUBSCRIPTIONS, subscription()),
                        request -> rows("webhook_subscription"), List.of("callbackUrl", "description"),
                        request -> List.of(new Refusal(request.with("callbackUrl", "ftp://x"), 400, VALIDATION)),
                        true));
    }

    @Override
    protected String caller() {
        return Tokens.secretariat();
    }

    @Override
    protected String otherCaller() {
        return Tokens.admin();
    }

    private static Map<String, Object> round() {
        Map<String, Object> round = new HashMap<>();
        round.put("code", "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        round.put("titleTh", "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565");
        round.put("titleEn", "Smart-city work survey, fiscal year 2022");
        round.put("periodStart", "2021-10-01");
        round.put("periodEnd", "2022-09-30");
        round.put("opensOn", "2022-04-01");
        round.put("closesOn", "2022-05-31");
        return round;
    }

    private static Map<String, Object> subscription() {
        return Map.of("callbackUrl", "http://localhost:9/hooks/" + UUID.randomUUID(), "events", List.of("survey-round.opened"),
                "description", "ระบบติดตามของหน่วยงาน");
    }

    @Test
    void retriedSubscriptionGetsTheSameSigningSecret() {
        String key = newKey();
        String token = Tokens.agencyEditor(Tokens.randomId());
        Request request = new Request(SUBSCRIPTIONS, subscription());
        String secret = send(token, key, request).then().statusCode(201).extract().path("secret");
        // a client that lost the first answer still learns the secret the subscription signs with
        send(token, key, request).then().statusCode(201).body("secret", equalTo(secret));
    }

    @Test
    void anotherAgencysSystemWithTheSameKeyAndBodySubscribesForItself() {
        String key = newKey();
        String ownAgency = Tokens.randomId();
        String otherAgency = Tokens.randomId();
        Request request = new Request(SUBSCRIPTIONS, subscription());
        long before = rows("webhook_subscription");
        send(Tokens.agencyEditor(ownAgency), key, request).then().statusCode(201).body("agencyId", equalTo(ownAgency));
        // another agency's system with the same key and the same body subscribes for itself, not replaying the first
        send(Tokens.agencyEditor(otherAgency), key, request)
                .then().statusCode(201).header(REPLAYED, nullValue()).body("agencyId", equalTo(otherAgency));
        assertEquals(before + 2, rows("webhook_subscription"));
    }

    @Test
    void aSubjectThatNowActsForAnotherAgencyIsNotReplayedTheFirstAgencysSecret() {
        String key = newKey();
        String before = Tokens.randomId();
        String after = Tokens.randomId();
        // one login, whose token named agency A and now names agency B (the officer moved)
        String asA = io.smallrye.jwt.build.Jwt.upn("moved-officer@agency.example").groups("agency-editor")
                .claim("agency_id", before).sign();
        String asB = io.smallrye.jwt.build.Jwt.upn("moved-officer@agency.example").groups("agency-editor")
                .claim("agency_id", after).sign();
        Request request = new Request(SUBSCRIPTIONS, subscription());
        String secret = send(asA, key, request).then().statusCode(201).body("agencyId", equalTo(before))
                .extract().path("secret");
        // the create runs again under B's rights: a subscription of B's own, with a secret of its own
        send(asB, key, request)
                .then().statusCode(201).header(REPLAYED, nullValue())
                .body("agencyId", equalTo(after))
                .body("secret", org.hamcrest.Matchers.not(equalTo(secret)));
    }
}
