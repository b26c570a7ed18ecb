package smartcity.localrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The local run's own token issuer: an RSA key pair kept in the build folder (made on first use, never committed), the
 * public half handed to the services to verify with, the private half (mode 0600, in a 0700 folder) used to mint RS256
 * tokens for a role.
 */
public final class LocalTokens {

    public static final String ISSUER = "smartcity-local";
    public static final String AUDIENCE = "smartcity";
    private static final long VALID_SECONDS = 12 * 3600;

    private final Path publicKey;
    private final PrivateKey privateKey;

    private LocalTokens(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    public static LocalTokens in(Path directory) throws IOException, GeneralSecurityException {
        Path privatePem = directory.resolve("private-key.pem");
        Path publicPem = directory.resolve("public-key.pem");
        if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
            OwnerOnly.directory(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            OwnerOnly.file(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } else {
            // a key made by an older launcher may be readable by others
            OwnerOnly.narrow(privatePem);
        }
        String body = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        return new LocalTokens(publicPem.toAbsolutePath(), key);
    }

    public Path publicKey() {
        return publicKey;
    }

    /** A signed token for the role; an agency editor's names the agency it acts for. */
    public String mint(String role, String agencyId) throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String subject = agencyId == null ? role + "@local" : role + "+" + agencyId + "@local";
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject + "\",\"upn\":\""
                + subject + "\",\"groups\":[\"" + role + "\"]" + (agencyId == null ? "" : ",\"agency_id\":\"" + agencyId + "\"")
                + ",\"iat\":" + now + ",\"exp\":" + (now + VALID_SECONDS) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "." + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(privateKey);
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(rs256.sign());
    }

    static void validateRequest(String role, String agencyId) {
        if (!role.matches("secretariat|admin|agency-editor")) {
            throw new IllegalArgumentException("role must be secretariat, admin or agency-editor, not '" + role + "'");
        }
        if (role.equals("agency-editor") == (agencyId == null)) {
            throw new IllegalArgumentException("an agency-editor token needs the agency's id, and only it does");
        }
        if (agencyId != null) {
            UUID.fromString(agencyId);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
