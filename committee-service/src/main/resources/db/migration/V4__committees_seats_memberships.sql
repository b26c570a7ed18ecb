-- Committees, their seats and who held each seat when.
CREATE TABLE committee (
    id             UUID          NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    name_th        VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en        VARCHAR(300),
    level          VARCHAR(20)   NOT NULL,
    mandate_th     VARCHAR(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    mandate_en     VARCHAR(4000),
    established_by VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    status         VARCHAR(20)   NOT NULL,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100),
    updated_by     VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT uk_committee_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A seat is ex officio (held by whoever holds a position, at an agency) or appointed personally.
CREATE TABLE seat (
    id            UUID         NOT NULL,
    committee_id  UUID         NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    basis         VARCHAR(20)  NOT NULL,
    title_th      VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    title_en      VARCHAR(300),
    position_th   VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    agency_id     UUID,
    display_order INT          NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100),
    updated_by    VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_seat_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_seat_committee ON seat (committee_id, display_order);

-- Who held a seat from when to when, and why it ended. One holder per seat on any date: checked under the seat's lock.
CREATE TABLE membership (
    id          UUID         NOT NULL,
    seat_id     UUID         NOT NULL,
    person_id   UUID         NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE,
    end_reason  VARCHAR(30),
    basis       VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100),
    updated_by  VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_seat FOREIGN KEY (seat_id) REFERENCES seat (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_membership_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_membership_seat ON membership (seat_id, start_date);
CREATE INDEX ix_membership_person ON membership (person_id, start_date);
