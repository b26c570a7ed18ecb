-- Follow-up of resolutions: whether what a meeting resolved has been carried out (OPEN, IN_PROGRESS, DONE, DROPPED),
-- which agency sees to it, by when, when it was done, and a note. Every resolution recorded so far is still open.
ALTER TABLE resolution
    ADD COLUMN follow_up             VARCHAR(20)   NOT NULL DEFAULT 'OPEN',
    ADD COLUMN responsible_agency_id UUID,
    ADD COLUMN due_on                DATE,
    ADD COLUMN done_on               DATE,
    ADD COLUMN note_th               VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    ADD COLUMN note_en               VARCHAR(2000),
    ADD CONSTRAINT ck_resolution_follow_up CHECK (follow_up IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    -- a resolution has a day it was done exactly when it is done (the entity keeps this; the database refuses the rest)
    ADD CONSTRAINT ck_resolution_done_on CHECK ((follow_up = 'DONE') = (done_on IS NOT NULL));

-- the portal's list of open resolutions
CREATE INDEX ix_resolution_follow_up ON resolution (follow_up, meeting_id);

ALTER TABLE resolution_aud
    ADD COLUMN follow_up             VARCHAR(20),
    ADD COLUMN responsible_agency_id UUID,
    ADD COLUMN due_on                DATE,
    ADD COLUMN done_on               DATE,
    ADD COLUMN note_th               VARCHAR(2000),
    ADD COLUMN note_en               VARCHAR(2000);

-- Until now no resolution had been followed up, so each was open in every revision: the history says so, and the
-- change feed never shows a resolution without a status.
UPDATE resolution_aud SET follow_up = 'OPEN';

-- A system that already copied the resolutions from the change feed learns their status from one revision that shows
-- each of them as it now is (updated). Nothing to tell, no revision.
INSERT INTO revision (occurred_at, actor) VALUES (FLOOR(UNIX_TIMESTAMP(NOW(3)) * 1000), NULL);
SET @follow_up = LAST_INSERT_ID();

INSERT INTO resolution_aud (id, rev, revtype, meeting_id, number, kind, text_th, text_en, follow_up, responsible_agency_id,
        due_on, done_on, note_th, note_en, version, created_at, updated_at, created_by, updated_by)
    SELECT t.id, @follow_up, 1, t.meeting_id, t.number, t.kind, t.text_th, t.text_en, t.follow_up, t.responsible_agency_id,
        t.due_on, t.done_on, t.note_th, t.note_en, t.version, t.created_at, t.updated_at, t.created_by, t.updated_by
    FROM resolution t;

DELETE FROM revision WHERE id = @follow_up AND NOT EXISTS (SELECT 1 FROM resolution_aud WHERE rev = @follow_up);
