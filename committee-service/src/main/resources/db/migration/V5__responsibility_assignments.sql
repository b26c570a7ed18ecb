-- Which agency is responsible for which dimension, as lead (accountable) or supporting, from when to when.
CREATE TABLE assignment (
    id            UUID         NOT NULL,
    dimension_id  UUID         NOT NULL,
    agency_id     UUID         NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    raci          VARCHAR(4),
    start_date    DATE         NOT NULL,
    end_date      DATE,
    basis         VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100),
    updated_by    VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_dimension FOREIGN KEY (dimension_id) REFERENCES dimension (id),
    CONSTRAINT ck_assignment_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_assignment_dimension ON assignment (dimension_id, start_date);
CREATE INDEX ix_assignment_agency ON assignment (agency_id, start_date);
