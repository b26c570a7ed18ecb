package smartcity.agency.idempotency;

/**
 * What was answered to the first request with a key, and what that request was: enough to replay the answer to a retry
 * (status, Location, ETag, the body as the JSON that was sent) and to refuse a different request with the same key.
 */
record StoredResponse(String operation, String fingerprint, int status, String location, String etag, String body,
        boolean expired) {
}
