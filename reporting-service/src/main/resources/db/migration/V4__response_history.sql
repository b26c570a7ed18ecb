-- Every answer an agency gave in a round, kept (Hibernate Envers): late edits replace the answer, not its history.
CREATE TABLE revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at BIGINT       NOT NULL,
    actor       VARCHAR(100),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_response_aud (
    round_id UUID NOT NULL, agency_id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    runs_projects BOOLEAN, version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (round_id, agency_id, rev),
    CONSTRAINT fk_survey_response_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
