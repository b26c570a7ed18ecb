package smartcity.committee.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.idempotency.IdempotencyProblems.KeyBusy;
import smartcity.committee.idempotency.IdempotencyProblems.KeyReused;
import smartcity.committee.idempotency.IdempotencyRecords.KeyTaken;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

/**
 * The {@code Idempotency-Key} protocol (draft-ietf-httpapi-idempotency-key-header) around an {@link Idempotent} create.
 *
 * <p>Without the header nothing changes. With it, this interceptor opens the create's transaction (it runs before
 * {@code @Transactional}, which then joins it) and inserts the caller's key as its first statement; the create runs;
 * a 2xx answer is stored in the key's row and commits with the resource, anything else rolls both back. So a resource
 * exists exactly when its key record does, and a failed request leaves the key free.
 *
 * <p>A retry finds the committed record and replays its answer (status, body, Location, ETag, and
 * {@code Idempotency-Replayed: true}), or answers 422 when the key was used for a different request. A request that
 * arrives while the first one is still running blocks on the key row's lock until that one commits, then fails to
 * insert, and after its own transaction has rolled back reads the record and replays it the same way; if the first
 * one rolled back instead, the key is free and the waiting request goes ahead.
 */
@Idempotent
@Interceptor
// outside @Transactional (PLATFORM_BEFORE + 200) and inside the security checks (PLATFORM_BEFORE)
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class IdempotencyInterceptor {

    static final String REPLAYED = "Idempotency-Replayed";
    // turns of "read the record, else take the key": a claim fails when the key's holder committed (the next turn
    // replays it), when two waiting requests deadlock after the holder rolled back, or when the holder takes too long
    private static final int ATTEMPTS = 3;

    private final HttpHeaders headers;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final IdempotencyRecords records;
    private final RequestFingerprints fingerprints;
    private final ObjectMapper json;
    private final Duration retention;

    IdempotencyInterceptor(HttpHeaders headers, Caller caller, SecurityIdentity identity, IdempotencyRecords records,
            RequestFingerprints fingerprints, ObjectMapper json, IdempotencyConfig config) {
        this.headers = headers;
        this.caller = caller;
        this.identity = identity;
        this.records = records;
        this.fingerprints = fingerprints;
        this.json = json;
        this.retention = config.retention();
    }

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        List<String> values = headers.getRequestHeader(IdempotencyKey.HEADER);
        if (values == null || values.isEmpty()) {
            return invocation.proceed();
        }
        IdempotencyKey key = IdempotencyKey.of(values);
        String scope = scope();
        String operation = RequestFingerprints.operation(invocation.getMethod());
        String fingerprint = fingerprints.of(operation, invocation.getMethod(), invocation.getParameters());

        for (int attempt = 1; ; attempt++) {
            // a plain retry finds the record committed: answer from it without trying to insert the key again
            Optional<StoredResponse> stored = QuarkusTransaction.requiringNew().call(() -> records.find(scope, key, retention));
            if (stored.isPresent() && !stored.get().expired()) {
                return replay(stored.get(), operation, fingerprint);
            }
            if (stored.isPresent()) {
                // past the retention but not purged yet: the key is free again
                QuarkusTransaction.requiringNew().run(() -> records.forgetExpired(scope, key, retention));
            }
            try {
                return QuarkusTransaction.requiringNew().call(() -> firstRequest(invocation, scope, key, operation, fingerprint));
            } catch (NotStored notStored) {
                return notStored.response;
            } catch (Failed failed) {
                throw failed.exception;
            } catch (KeyTaken taken) {
                // a concurrent request with the key committed first (its record is read on the next turn), or rolled
                // back and another one won the key, or kept it too long
                if (attempt >= ATTEMPTS) {
                    throw new KeyBusy();
                }
            }
        }
    }

    /** In the create's transaction: take the key, create, keep a successful answer with the key. */
    private Object firstRequest(InvocationContext invocation, String scope, IdempotencyKey key, String operation,
            String fingerprint) throws JsonProcessingException {
        records.claim(scope, key, operation, fingerprint);
        Object result;
        try {
            result = invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new Failed(e);
        }
        if (!(result instanceof RestResponse<?> response)) {
            throw new IllegalStateException("@Idempotent " + operation + " must return a RestResponse");
        }
        if (response.getStatus() < 200 || response.getStatus() > 299) {
            throw new NotStored(response);
        }
        // the same ObjectMapper writes the response itself, so this is the body the client receives
        String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        records.complete(scope, key, response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG), body);
        return response;
    }

    /**
     * The stored answer, byte for byte as it was first sent: the body goes out as raw JSON through the same JSON writer,
     * rather than read back into the view types and written again, which would depend on every view reading back exactly
     * as it was written (numbers' scale, read-only or computed properties).
     */
    private static RestResponse<?> replay(StoredResponse stored, String operation, String fingerprint) {
        if (!stored.operation().equals(operation) || !stored.fingerprint().equals(fingerprint)) {
            throw new KeyReused(stored.operation());
        }
        RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder.create(stored.status());
        if (stored.body() != null) {
            // the content type is negotiated as it was for the first answer (the operation's @Produces)
            response.entity(new RawValue(stored.body()));
        }
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.header(HttpHeaders.ETAG, stored.etag());
        }
        return response.header(REPLAYED, "true").build();
    }

    /** A non-2xx answer that returned normally: rolled back like a failure, and answered as it is. */
    private static final class NotStored extends RuntimeException {
        private final RestResponse<?> response;

        NotStored(RestResponse<?> response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    /** A checked exception of the create, carried out of the transaction unchanged. */
    private static final class Failed extends RuntimeException {
        private final Exception exception;

        Failed(Exception exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }

    /**
     * Whose keys these are: the token's subject, and what the token lets it do (its roles and the agency it acts for).
     * A subject whose token changed (an editor moved from agency A to agency B) holds a new set of keys, so that an
     * answer stored under A's rights, a webhook secret among them, is never replayed under B's: the create runs again
     * and is authorised again.
     */
    private String scope() {
        // every create needs a token, so there is a subject; the empty name is only a guard
        String name = caller.name() == null ? "" : caller.name();
        Object agency = identity.getPrincipal() instanceof JsonWebToken token
                ? token.getClaim(Roles.AGENCY_CLAIM) : null;
        String rights = new TreeSet<>(identity.getRoles()) + " " + agency;
        String digest = HexFormat.of().formatHex(sha256(rights)).substring(0, 16);
        return (name.length() > 230 ? name.substring(0, 230) : name) + " " + digest;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
