-- What ended a membership (a transfer's new post, a restructuring's resolution, or an end recorded on the membership
-- itself), so that a vacancy can say why the seat is empty; and the reason a committee gave for seating someone in an
-- ex-officio seat their post did not fit.
ALTER TABLE membership
    ADD COLUMN end_cause_kind   VARCHAR(20),
    ADD COLUMN end_cause_id     UUID,
    ADD COLUMN exception_reason VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2;

ALTER TABLE membership_aud
    ADD COLUMN end_cause_kind   VARCHAR(20),
    ADD COLUMN end_cause_id     UUID,
    ADD COLUMN exception_reason VARCHAR(500);

-- An ex-officio seat may name its position in English too; either form fits.
ALTER TABLE seat ADD COLUMN position_en VARCHAR(300);
ALTER TABLE seat_aud ADD COLUMN position_en VARCHAR(300);
