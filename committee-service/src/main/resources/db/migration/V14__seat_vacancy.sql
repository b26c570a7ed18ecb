-- Each seat's vacancy periods, as committee-service concludes them (see SeatVacancy): derived from seats, memberships,
-- people and the agency copy, rewritten by the writes that change them, and audited so that the change feed carries
-- them (kind SEAT_VACANCY). Seats older than this get theirs when the service next starts (SeatVacancies).
CREATE TABLE seat_vacancy (
    id UUID NOT NULL,
    committee_id UUID NOT NULL,
    periods TEXT NOT NULL,
    version BIGINT NOT NULL, created_at DATETIME(6) NOT NULL, updated_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id),
    INDEX ix_seat_vacancy_committee (committee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE seat_vacancy_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    committee_id UUID, periods TEXT, version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_seat_vacancy_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
