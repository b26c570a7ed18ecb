-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the outcome of a successful create, kept per caller and
-- key so that a retried request gets the first answer instead of a second resource. The row is inserted first in the
-- create's own transaction and completed in it, so it exists exactly when the created resource does: a crash leaves
-- no half-done row behind, and a request with the same key waits on the row's lock until the first one has committed
-- (then replays it) or rolled back (then takes the key itself).
CREATE TABLE idempotency_record (
    -- the token subject: keys of different callers never meet
    caller             VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- 1 to 255 printable ASCII characters, compared exactly
    idempotency_key    VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- the operationId the key was used for, and SHA-256 (hex) over it and the request's path parameters and body
    operation          VARCHAR(100)  NOT NULL,
    fingerprint        CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- the answer to replay; filled in by the same transaction before it commits, so never empty once visible
    response_status    SMALLINT,
    response_location  VARCHAR(2000),
    response_etag      VARCHAR(100),
    response_body      MEDIUMTEXT    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    -- the database's clock (UTC), the same for every replica; a record is kept for smartcity.idempotency.retention
    created_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (caller, idempotency_key),
    INDEX ix_idempotency_record_created_at (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
