-- Webhooks: integrating systems subscribe to events and receive signed HTTP callbacks.

-- The outbox: each event is written in the transaction that caused it (a feed page applied, a round opened or closed),
-- so it exists exactly when its cause committed. The dispatcher fans it out to the matching subscriptions later and
-- sets fanned_out_at; a write never waits for a delivery.
CREATE TABLE webhook_event (
    id             UUID         NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    payload        JSON         NOT NULL,
    fanned_out_at  DATETIME(6),
    PRIMARY KEY (id),
    INDEX ix_webhook_event_fan_out (fanned_out_at, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A subscription of one agency (agency_id) or of the secretariat (agency_id NULL). The secret signs every callback:
-- HMAC needs it in clear, so it is stored as-is and must be protected like a credential (backups included).
CREATE TABLE webhook_subscription (
    id            UUID          NOT NULL,
    agency_id     UUID,
    callback_url  VARCHAR(2000) NOT NULL,
    events        VARCHAR(200)  NOT NULL,
    description   VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    secret        VARCHAR(64)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    active_since  DATETIME(6),
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(100),
    updated_by    VARCHAR(100),
    PRIMARY KEY (id),
    INDEX ix_webhook_subscription_agency (agency_id),
    INDEX ix_webhook_subscription_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One event to one subscription. The unique key keeps an event from being queued twice for a subscription; the
-- dispatcher claims due rows with SELECT ... FOR UPDATE SKIP LOCKED, so two replicas never send the same one.
CREATE TABLE webhook_delivery (
    id               UUID         NOT NULL,
    subscription_id  UUID         NOT NULL,
    event_id         UUID         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    delivered_at     DATETIME(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_webhook_delivery_subscription_event (subscription_id, event_id),
    INDEX ix_webhook_delivery_due (status, next_attempt_at),
    INDEX ix_webhook_delivery_subscription (subscription_id, created_at),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES webhook_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every attempt at a delivery: the receiver's status code, or what went wrong, and how long it took.
CREATE TABLE webhook_attempt (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    delivery_id   UUID         NOT NULL,
    attempted_at  DATETIME(6)  NOT NULL,
    status_code   INT,
    error         VARCHAR(500),
    duration_ms   BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_webhook_attempt_delivery (delivery_id, attempted_at),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
