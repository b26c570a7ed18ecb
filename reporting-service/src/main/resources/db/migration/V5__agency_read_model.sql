-- Where each followed change feed was read up to, and when it last answered. The row lock keeps two replicas from
-- applying the same page; read_at is what reports state as the source's dataAsOf.
CREATE TABLE feed_cursor (
    feed        VARCHAR(40)  NOT NULL,
    position    BIGINT       NOT NULL,
    read_at     DATETIME(6),
    failed_at   DATETIME(6),
    last_error  VARCHAR(500),
    PRIMARY KEY (feed)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO feed_cursor (feed, position) VALUES ('agency', 0);

-- reporting-service's copy of agency-service's registry, kept current from its change feed: reports and the opening of
-- a round read it instead of calling agency-service per agency.
CREATE TABLE agency_copy (
    id          UUID         NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_th     VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en     VARCHAR(300),
    type        VARCHAR(40)  NOT NULL,
    local_kind  VARCHAR(60),
    district    VARCHAR(4),
    status      VARCHAR(20)  NOT NULL,
    feed_seq    BIGINT       NOT NULL,
    copied_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_agency_copy_status_code (status, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
