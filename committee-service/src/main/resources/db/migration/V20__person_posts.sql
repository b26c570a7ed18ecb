-- A person's posts as dated facts: each position (Thai, English) and affiliation held from a day to a day (both
-- included; valid_from null for a post held since before the record began, valid_to null while held). A transfer
-- closes the post it ends on the day before its effective date and adds the new one; a correction changes a post in
-- place. The columns person.position_th, position_en and agency_id keep the latest post (what the change feed's
-- PERSON item has always carried); every judgement on a date reads the post held on that date from here.
CREATE TABLE person_post (
    id           UUID         NOT NULL,
    person_id    UUID         NOT NULL,
    position_th  VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    position_en  VARCHAR(300),
    agency_id    UUID,
    valid_from   DATE,
    valid_to     DATE,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100),
    updated_by   VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_person_post_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_person_post_person (person_id, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE person_post_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    person_id UUID, position_th VARCHAR(300), position_en VARCHAR(300), agency_id UUID, valid_from DATE, valid_to DATE,
    version BIGINT, created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_person_post_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Everyone's post as it stands, held since before the record began (the past was not recorded).
INSERT INTO person_post (id, person_id, position_th, position_en, agency_id, valid_from, valid_to, version, created_at,
                         updated_at, created_by, updated_by)
SELECT UUID(), id, position_th, position_en, agency_id, NULL, NULL, 0, created_at, updated_at, created_by, updated_by
FROM person WHERE position_th IS NOT NULL OR position_en IS NOT NULL OR agency_id IS NOT NULL;
