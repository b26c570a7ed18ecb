-- Who created and last changed each survey round (the subject of the bearer token).
ALTER TABLE survey_round
    ADD COLUMN created_by VARCHAR(100),
    ADD COLUMN updated_by VARCHAR(100);
