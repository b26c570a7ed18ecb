-- reporting-service's copy of committee-service's data, kept current from its change feed (GET /changes). Each row
-- holds the revision it was taken from: an older revision never overwrites a newer one, so a replayed page changes
-- nothing. Reports read these tables; they never call committee-service per item.
INSERT INTO feed_cursor (feed, position) VALUES ('committee', 0);

CREATE TABLE dimension_copy (
    id                          UUID          NOT NULL,
    code                        VARCHAR(40)   NOT NULL,
    name_th                     VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en                     VARCHAR(200),
    display_order               INT,
    active                      BOOLEAN       NOT NULL,
    introduced_by_resolution_id UUID,
    retired_by_resolution_id    UUID,
    revision                    BIGINT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_dimension_copy_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE assignment_copy (
    id            UUID         NOT NULL,
    dimension_id  UUID         NOT NULL,
    agency_id     UUID         NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    start_date    DATE,
    end_date      DATE,
    resolution_id UUID,
    revision      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_assignment_copy_dimension (dimension_id),
    INDEX ix_assignment_copy_agency (agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_copy (
    id        UUID          NOT NULL,
    code      VARCHAR(40)   NOT NULL,
    name_th   VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en   VARCHAR(300),
    status    VARCHAR(20)   NOT NULL,
    revision  BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE seat_copy (
    id              UUID          NOT NULL,
    committee_id    UUID          NOT NULL,
    role            VARCHAR(30)   NOT NULL,
    basis           VARCHAR(20)   NOT NULL,
    title_th        VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    title_en        VARCHAR(300),
    position_th     VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    agency_id       UUID,
    display_order   INT,
    established_on  DATE,
    abolished_on    DATE,
    revision        BIGINT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_seat_copy_committee (committee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE membership_copy (
    id          UUID         NOT NULL,
    seat_id     UUID         NOT NULL,
    person_id   UUID         NOT NULL,
    start_date  DATE,
    end_date    DATE,
    end_reason  VARCHAR(30),
    revision    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_membership_copy_seat (seat_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE person_copy (
    id           UUID          NOT NULL,
    honorific    VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    name_th      VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en      VARCHAR(200),
    position_th  VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    agency_id    UUID,
    revision     BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE meeting_copy (
    id            UUID    NOT NULL,
    committee_id  UUID    NOT NULL,
    held_on       DATE    NOT NULL,
    revision      BIGINT  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_meeting_copy_committee (committee_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE resolution_copy (
    id                     UUID           NOT NULL,
    meeting_id             UUID           NOT NULL,
    number                 INT            NOT NULL,
    kind                   VARCHAR(30)    NOT NULL,
    text_th                VARCHAR(4000)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    text_en                VARCHAR(4000),
    follow_up              VARCHAR(20),
    responsible_agency_id  UUID,
    due_on                 DATE,
    done_on                DATE,
    revision               BIGINT         NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_resolution_copy_meeting (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
