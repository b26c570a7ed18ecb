-- The participation report's figures, kept up to date as answers come in instead of being counted from the whole
-- population on every request: one row per round and group (ALL, each agency type, local-administration kind and
-- district of the population fixed when the round opened). Opening a round inserts the rows; an answer adds to
-- responded and running in the same transaction, under the round's row lock, so the figures are never ahead of or
-- behind the answers.
CREATE TABLE participation_tally (
    round_id    UUID         NOT NULL,
    breakdown   VARCHAR(12)  NOT NULL,
    group_code  VARCHAR(60)  NOT NULL,
    surveyed    INT          NOT NULL,
    responded   INT          NOT NULL,
    running     INT          NOT NULL,
    PRIMARY KEY (round_id, breakdown, group_code),
    CONSTRAINT fk_participation_tally_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Rounds opened before the tally existed: counted once from their population and answers.
INSERT INTO participation_tally (round_id, breakdown, group_code, surveyed, responded, running)
SELECT p.round_id, 'ALL', 'ALL', COUNT(*), COUNT(r.agency_id), COALESCE(SUM(r.runs_projects), 0)
FROM round_agency p LEFT JOIN survey_response r ON r.round_id = p.round_id AND r.agency_id = p.agency_id
GROUP BY p.round_id;

INSERT INTO participation_tally (round_id, breakdown, group_code, surveyed, responded, running)
SELECT p.round_id, 'TYPE', p.type, COUNT(*), COUNT(r.agency_id), COALESCE(SUM(r.runs_projects), 0)
FROM round_agency p LEFT JOIN survey_response r ON r.round_id = p.round_id AND r.agency_id = p.agency_id
GROUP BY p.round_id, p.type;

INSERT INTO participation_tally (round_id, breakdown, group_code, surveyed, responded, running)
SELECT p.round_id, 'LOCAL_KIND', p.local_kind, COUNT(*), COUNT(r.agency_id), COALESCE(SUM(r.runs_projects), 0)
FROM round_agency p LEFT JOIN survey_response r ON r.round_id = p.round_id AND r.agency_id = p.agency_id
WHERE p.local_kind IS NOT NULL
GROUP BY p.round_id, p.local_kind;

INSERT INTO participation_tally (round_id, breakdown, group_code, surveyed, responded, running)
SELECT p.round_id, 'DISTRICT', p.district, COUNT(*), COUNT(r.agency_id), COALESCE(SUM(r.runs_projects), 0)
FROM round_agency p LEFT JOIN survey_response r ON r.round_id = p.round_id AND r.agency_id = p.agency_id
WHERE p.district IS NOT NULL
GROUP BY p.round_id, p.district;
