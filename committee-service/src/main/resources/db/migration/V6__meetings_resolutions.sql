-- Meetings of a committee: when, where, who chaired (and who acted for the chair), who attended, what was resolved.
CREATE TABLE meeting (
    id                     UUID          NOT NULL,
    committee_id           UUID          NOT NULL,
    held_on                DATE          NOT NULL,
    place_th               VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    place_en               VARCHAR(500),
    chair_person_id        UUID          NOT NULL,
    acting_chair_person_id UUID,
    delegation_th          VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    minutes_th             TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    version                BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(100),
    updated_by             VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_meeting_chair FOREIGN KEY (chair_person_id) REFERENCES person (id),
    CONSTRAINT fk_meeting_acting_chair FOREIGN KEY (acting_chair_person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_meeting_committee ON meeting (committee_id, held_on);

-- Who attended: a person, or an agency as such.
CREATE TABLE meeting_attendee (
    meeting_id UUID NOT NULL,
    position   INT  NOT NULL,
    person_id  UUID,
    agency_id  UUID,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_attendee_one CHECK ((person_id IS NULL) <> (agency_id IS NULL))
) ENGINE = InnoDB;

CREATE TABLE agenda_item (
    meeting_id UUID          NOT NULL,
    position   INT           NOT NULL,
    title_th   VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE resolution (
    id          UUID          NOT NULL,
    meeting_id  UUID          NOT NULL,
    number      INT           NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    text_th     VARCHAR(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    text_en     VARCHAR(4000),
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100),
    updated_by  VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT uk_resolution_number UNIQUE (meeting_id, number),
    CONSTRAINT fk_resolution_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What a resolution caused: the assignments it made and the dimensions it introduced.
ALTER TABLE assignment ADD COLUMN resolution_id UUID,
    ADD CONSTRAINT fk_assignment_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id);
ALTER TABLE dimension ADD COLUMN introduced_by_resolution_id UUID,
    ADD CONSTRAINT fk_dimension_resolution FOREIGN KEY (introduced_by_resolution_id) REFERENCES resolution (id);
