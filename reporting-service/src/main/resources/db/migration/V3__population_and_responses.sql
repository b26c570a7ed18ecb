-- A round's lifecycle, and who it surveys: the population is copied from agency-service when the round opens, so
-- that later changes to the registry do not rewrite a past survey.
ALTER TABLE survey_round ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'PLANNED';

CREATE TABLE round_agency (
    round_id    UUID         NOT NULL,
    agency_id   UUID         NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name_th     VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en     VARCHAR(300),
    type        VARCHAR(40)  NOT NULL,
    local_kind  VARCHAR(60),
    district    VARCHAR(4),
    PRIMARY KEY (round_id, agency_id),
    CONSTRAINT fk_round_agency_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One answer per agency per round; a later edit replaces it and the version counts the edits.
CREATE TABLE survey_response (
    round_id       UUID         NOT NULL,
    agency_id      UUID         NOT NULL,
    runs_projects  BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100),
    updated_by     VARCHAR(100),
    PRIMARY KEY (round_id, agency_id),
    CONSTRAINT fk_response_population FOREIGN KEY (round_id, agency_id) REFERENCES round_agency (round_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
