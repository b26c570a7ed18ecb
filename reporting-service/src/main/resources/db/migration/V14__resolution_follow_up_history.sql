-- Each resolution's follow-up as committee-service's feed recorded it, dated, so that a report for a past date shows
-- the follow-up in force then, not today's. One row per feed item of the resolution (its revision): in force from
-- in_force_from (NULL: from the start, for the state it was first recorded with), the latest such row on a date wins.
-- A DONE follow-up is in force from its done_on; any other change from the day it was recorded (Thai time).
CREATE TABLE resolution_follow_up_copy (
    resolution_id  UUID         NOT NULL,
    revision       BIGINT       NOT NULL,
    in_force_from  DATE,
    follow_up      VARCHAR(20),
    done_on        DATE,
    PRIMARY KEY (resolution_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Read committee-service's feed again from its start so that every resolution's history is taken. A replayed item
-- changes nothing in the other copies (an older revision never overwrites a newer one) and announces nothing again.
UPDATE feed_cursor SET position = 0 WHERE feed = 'committee';
