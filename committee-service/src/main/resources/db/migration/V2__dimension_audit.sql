-- Who created and last changed each dimension (the subject of the bearer token).
ALTER TABLE dimension
    ADD COLUMN created_by VARCHAR(100),
    ADD COLUMN updated_by VARCHAR(100);
