package smartcity.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/**
 * Real signed bearer tokens for the tests, from the key pair Quarkus makes for the test run (issuer and audience from
 * the test profile): the service verifies them exactly as it verifies production tokens.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String secretariat() {
        return Jwt.upn("secretariat@chiangmai.go.th").groups("secretariat").sign();
    }

    public static String admin() {
        return Jwt.upn("operator@chiangmai.go.th").groups("admin").sign();
    }

    public static String agencyEditor(String agencyId) {
        return Jwt.upn("editor-" + agencyId + "@agency.example").groups("agency-editor").claim("agency_id", agencyId).sign();
    }

    /** A valid token without any of the suite's roles, e.g. the provincial portal's. */
    public static String portal() {
        return Jwt.upn("portal@chiangmai.go.th").groups("portal").sign();
    }

    public static String expired() {
        return Jwt.upn("secretariat@chiangmai.go.th").groups("secretariat")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    /** Signed and unexpired, but valid until 2100: longer than any token may live. */
    public static String livingUntil2100() {
        return Jwt.upn("secretariat@chiangmai.go.th").groups("secretariat")
                .issuedAt(Instant.now()).expiresAt(Instant.parse("2100-01-01T00:00:00Z")).sign();
    }

    /** Signed, of a usual lifetime, but issued tomorrow. */
    public static String issuedTomorrow() {
        Instant tomorrow = Instant.now().plusSeconds(86_400);
        return Jwt.upn("secretariat@chiangmai.go.th").groups("secretariat")
                .issuedAt(tomorrow).expiresAt(tomorrow.plusSeconds(300)).sign();
    }

    public static String wrongIssuer() {
        return Jwt.issuer("https://somewhere-else.example").upn("secretariat@chiangmai.go.th").groups("secretariat").sign();
    }

    public static String wrongAudience() {
        return Jwt.audience("another-system").upn("secretariat@chiangmai.go.th").groups("secretariat").sign();
    }

    /** Well-formed and unexpired, but signed with a key the service has never seen. */
    public static String forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.upn("secretariat@chiangmai.go.th").groups("secretariat").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestSpecification asSecretariat() {
        return given().auth().oauth2(secretariat());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static String randomId() {
        return UUID.randomUUID().toString();
    }
}
