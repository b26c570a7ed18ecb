-- The feed follower now runs the loop reporting-service's followers run (the platform package `feed`), which records
-- when the source last failed to answer and why, beside how far the feed has been applied. Existing cursors keep their
-- position and read time; nothing has failed yet.
ALTER TABLE feed_cursor
    ADD COLUMN failed_at  DATETIME(6),
    ADD COLUMN last_error VARCHAR(500);
