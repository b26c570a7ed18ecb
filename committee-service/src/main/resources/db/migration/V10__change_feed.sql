-- The change feed (GET /changes) is the revision log: meetings and resolutions join it, every record gets a first
-- revision, and revisions become visible in the order they commit.

-- Meetings and resolutions keep their history too. Attendees and agenda are not audited (see Meeting).
CREATE TABLE meeting_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    committee_id UUID, held_on DATE, place_th VARCHAR(500), place_en VARCHAR(500), chair_person_id UUID,
    acting_chair_person_id UUID, delegation_th VARCHAR(500), minutes_th TEXT, version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_meeting_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE resolution_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    meeting_id UUID, number INT, kind VARCHAR(30), text_th VARCHAR(4000), text_en VARCHAR(4000), version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_resolution_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row whose lock orders the revisions: a transaction takes it just before its revision row is inserted (and the
-- AUTO_INCREMENT id handed out) and keeps it until commit, so revision ids become visible in commit order and a reader
-- that has seen revision n never finds a smaller one later (see RevisionActor).
CREATE TABLE feed_head (
    id INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO feed_head (id) VALUES (1);

-- Records written before they were audited (the seven dimensions of V1, meetings and resolutions until now, anything
-- older than V9) have no revision. One baseline revision takes their present state, so that the feed read from the
-- start holds every record. (Envers itself writes person_aud with contact data; the feed never reads those columns.)
INSERT INTO revision (occurred_at, actor) VALUES (FLOOR(UNIX_TIMESTAMP(NOW(3)) * 1000), NULL);
SET @baseline = LAST_INSERT_ID();

INSERT INTO dimension_aud (id, rev, revtype, code, name_th, name_en, description_th, description_en, display_order, active,
        introduced_by_resolution_id, retired_by_resolution_id, version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.code, t.name_th, t.name_en, t.description_th, t.description_en, t.display_order, t.active,
        t.introduced_by_resolution_id, t.retired_by_resolution_id, t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM dimension t WHERE NOT EXISTS (SELECT 1 FROM dimension_aud a WHERE a.id = t.id);

INSERT INTO committee_aud (id, rev, revtype, code, name_th, name_en, level, mandate_th, mandate_en, established_by, status,
        version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.code, t.name_th, t.name_en, t.level, t.mandate_th, t.mandate_en, t.established_by, t.status,
        t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM committee t WHERE NOT EXISTS (SELECT 1 FROM committee_aud a WHERE a.id = t.id);

INSERT INTO person_aud (id, rev, revtype, honorific, name_th, name_en, position_th, position_en, agency_id, phone, email,
        version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.honorific, t.name_th, t.name_en, t.position_th, t.position_en, t.agency_id, t.phone, t.email,
        t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM person t WHERE NOT EXISTS (SELECT 1 FROM person_aud a WHERE a.id = t.id);

INSERT INTO seat_aud (id, rev, revtype, committee_id, role, basis, title_th, title_en, position_th, agency_id, display_order,
        established_on, abolished_on, version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.committee_id, t.role, t.basis, t.title_th, t.title_en, t.position_th, t.agency_id, t.display_order,
        t.established_on, t.abolished_on, t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM seat t WHERE NOT EXISTS (SELECT 1 FROM seat_aud a WHERE a.id = t.id);

INSERT INTO membership_aud (id, rev, revtype, seat_id, person_id, start_date, end_date, end_reason, basis,
        version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.seat_id, t.person_id, t.start_date, t.end_date, t.end_reason, t.basis,
        t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM membership t WHERE NOT EXISTS (SELECT 1 FROM membership_aud a WHERE a.id = t.id);

INSERT INTO assignment_aud (id, rev, revtype, dimension_id, agency_id, role, raci, start_date, end_date, basis, resolution_id,
        version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.dimension_id, t.agency_id, t.role, t.raci, t.start_date, t.end_date, t.basis, t.resolution_id,
        t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM assignment t WHERE NOT EXISTS (SELECT 1 FROM assignment_aud a WHERE a.id = t.id);

INSERT INTO meeting_aud (id, rev, revtype, committee_id, held_on, place_th, place_en, chair_person_id, acting_chair_person_id,
        delegation_th, minutes_th, version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.committee_id, t.held_on, t.place_th, t.place_en, t.chair_person_id, t.acting_chair_person_id,
        t.delegation_th, t.minutes_th, t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM meeting t;

INSERT INTO resolution_aud (id, rev, revtype, meeting_id, number, kind, text_th, text_en,
        version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @baseline, 0, t.meeting_id, t.number, t.kind, t.text_th, t.text_en,
        t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM resolution t;

-- nothing needed a baseline: leave no empty revision behind
DELETE FROM revision WHERE id = @baseline
    AND NOT EXISTS (SELECT 1 FROM dimension_aud WHERE rev = @baseline) AND NOT EXISTS (SELECT 1 FROM committee_aud WHERE rev = @baseline)
    AND NOT EXISTS (SELECT 1 FROM person_aud WHERE rev = @baseline) AND NOT EXISTS (SELECT 1 FROM seat_aud WHERE rev = @baseline)
    AND NOT EXISTS (SELECT 1 FROM membership_aud WHERE rev = @baseline) AND NOT EXISTS (SELECT 1 FROM assignment_aud WHERE rev = @baseline)
    AND NOT EXISTS (SELECT 1 FROM meeting_aud WHERE rev = @baseline) AND NOT EXISTS (SELECT 1 FROM resolution_aud WHERE rev = @baseline);
