-- Survey rounds: the province asks every agency in the programme about its smart-city work.
CREATE TABLE survey_round (
    id           UUID         NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    title_th     VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    title_en     VARCHAR(300),
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    opens_on     DATE         NOT NULL,
    closes_on    DATE         NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_survey_round_code UNIQUE (code),
    CONSTRAINT ck_survey_round_period CHECK (period_end >= period_start),
    CONSTRAINT ck_survey_round_window CHECK (closes_on >= opens_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_survey_round_opens_on ON survey_round (opens_on);
