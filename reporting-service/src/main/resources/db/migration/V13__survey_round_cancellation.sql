-- A planned survey round can be cancelled (status CANCELLED): when, and why if a reason was given.
ALTER TABLE survey_round
    ADD COLUMN cancelled_at        DATETIME(6),
    ADD COLUMN cancellation_reason VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2;
