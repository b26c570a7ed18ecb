-- A restructuring adds seats from a date and abolishes others from a date; a seat exists on the days in between.
ALTER TABLE seat
    ADD COLUMN established_on DATE,
    ADD COLUMN abolished_on DATE;
