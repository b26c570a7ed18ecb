-- The registry of agencies: government units, state enterprises, local administrative organisations, partners.
CREATE TABLE agency (
    id             UUID         NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    name_th        VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en        VARCHAR(300),
    abbreviation   VARCHAR(40),
    type           VARCHAR(40)  NOT NULL,
    local_kind     VARCHAR(60),
    dla_code       VARCHAR(10),
    parent_id      UUID,
    district_code  VARCHAR(4),
    address        VARCHAR(500),
    phone          VARCHAR(40),
    email          VARCHAR(254),
    website        VARCHAR(500),
    status         VARCHAR(20)  NOT NULL,
    status_since   DATE,
    merged_into_id UUID,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100),
    updated_by     VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (code),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_merged_into FOREIGN KEY (merged_into_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_district FOREIGN KEY (district_code) REFERENCES district (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_agency_type ON agency (type, local_kind);
CREATE INDEX ix_agency_status ON agency (status);
CREATE INDEX ix_agency_updated_at ON agency (updated_at);
CREATE INDEX ix_agency_name_th ON agency (name_th);

-- Every change to an agency, in commit order: its history and the change feed are both read from here.
CREATE TABLE agency_event (
    seq          BIGINT       NOT NULL,
    agency_id    UUID         NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100),
    before_state LONGTEXT,
    after_state  LONGTEXT     NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT fk_agency_event_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_agency_event_agency ON agency_event (agency_id, seq);

-- One row whose lock orders the writers: an event's seq is taken under it and released at commit, so events
-- commit in seq order and a reader never sees seq n+1 before seq n (no gaps from concurrent transactions).
CREATE TABLE agency_event_head (
    id       INT    NOT NULL,
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO agency_event_head (id, last_seq) VALUES (1, 0);
