-- A committee's mandate (its duties) as dated facts: the one it was established with (effective_date null: from the
-- start) and each amendment from its effective date, with the resolution that decided it. committee.mandate_th and
-- mandate_en keep the latest; GET /committees/{id}?asOf= answers the one in force on the date from here.
CREATE TABLE committee_mandate (
    id              UUID          NOT NULL,
    committee_id    UUID          NOT NULL,
    mandate_th      VARCHAR(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    mandate_en      VARCHAR(4000),
    effective_date  DATE,
    resolution_id   UUID,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(100),
    updated_by      VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_mandate_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_committee_mandate_day UNIQUE (committee_id, effective_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_mandate_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    committee_id UUID, mandate_th VARCHAR(4000), mandate_en VARCHAR(4000), effective_date DATE, resolution_id UUID,
    version BIGINT, created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_committee_mandate_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO committee_mandate (id, committee_id, mandate_th, mandate_en, effective_date, resolution_id, version,
                               created_at, updated_at, created_by, updated_by)
SELECT UUID(), id, mandate_th, mandate_en, NULL, NULL, 0, created_at, updated_at, created_by, updated_by
FROM committee WHERE mandate_th IS NOT NULL OR mandate_en IS NOT NULL;
