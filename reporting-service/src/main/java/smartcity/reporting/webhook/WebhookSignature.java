package smartcity.reporting.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a callback: {@code v1=} and the lower-case hex of HMAC-SHA256, keyed with the subscription's secret
 * (its UTF-8 bytes, exactly as returned on creation), over {@code timestamp + "." + body}, where timestamp is the
 * {@code Webhook-Timestamp} header (unix seconds) and body the raw bytes of the request body.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
