-- The smart-city projects an agency reports in its answer: replaced as a whole when the answer is edited, with every
-- earlier list kept in the revision history.
CREATE TABLE survey_project (
    id          UUID          NOT NULL,
    round_id    UUID          NOT NULL,
    agency_id   UUID          NOT NULL,
    position    INT           NOT NULL,
    title_th    VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    title_en    VARCHAR(300),
    status      VARCHAR(20)   NOT NULL,
    budget_thb  DECIMAL(15,2),
    starts_on   DATE,
    ends_on     DATE,
    PRIMARY KEY (id),
    INDEX ix_survey_project_response (round_id, agency_id, position),
    CONSTRAINT fk_project_response FOREIGN KEY (round_id, agency_id) REFERENCES survey_response (round_id, agency_id),
    CONSTRAINT ck_project_status CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED')),
    CONSTRAINT ck_project_budget CHECK (budget_thb IS NULL OR budget_thb >= 0),
    CONSTRAINT ck_project_dates CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The framework dimensions a project serves, by the dimension's code in committee-service.
CREATE TABLE survey_project_dimension (
    project_id      UUID         NOT NULL,
    dimension_code  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (project_id, dimension_code),
    INDEX ix_project_dimension_code (dimension_code),
    CONSTRAINT fk_project_dimension_project FOREIGN KEY (project_id) REFERENCES survey_project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_project_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    round_id UUID, agency_id UUID, position INT, title_th VARCHAR(300), title_en VARCHAR(300), status VARCHAR(20),
    budget_thb DECIMAL(15,2), starts_on DATE, ends_on DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_survey_project_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_project_dimension_aud (
    rev BIGINT NOT NULL, revtype TINYINT, project_id UUID NOT NULL, dimension_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (rev, project_id, dimension_code),
    CONSTRAINT fk_survey_project_dimension_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
