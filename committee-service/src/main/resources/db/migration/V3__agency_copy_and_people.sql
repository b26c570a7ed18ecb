-- What committee-service knows of agency-service's agencies: a copy kept current from its change feed, so that reads
-- (names on rosters, assignments) keep working while agency-service is away.
CREATE TABLE agency_copy (
    id          UUID         NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_th     VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en     VARCHAR(300),
    status      VARCHAR(20)  NOT NULL,
    feed_seq    BIGINT       NOT NULL,
    copied_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Where each followed change feed was read up to; its row lock keeps two replicas from applying the same page.
CREATE TABLE feed_cursor (
    feed      VARCHAR(40) NOT NULL,
    position  BIGINT      NOT NULL,
    read_at   DATETIME(6),
    PRIMARY KEY (feed)
) ENGINE = InnoDB;

INSERT INTO feed_cursor (feed, position) VALUES ('agency', 0);

-- The people who sit, or sat, on committees.
CREATE TABLE person (
    id            UUID         NOT NULL,
    honorific     VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_th       VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en       VARCHAR(200),
    position_th   VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    position_en   VARCHAR(300),
    agency_id     UUID,
    phone         VARCHAR(40),
    email         VARCHAR(254),
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100),
    updated_by    VARCHAR(100),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_person_agency ON person (agency_id);
