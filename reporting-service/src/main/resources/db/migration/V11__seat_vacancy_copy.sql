-- committee-service's conclusion about each seat (its change feed's SEAT_VACANCY items): the periods over which the
-- seat is held, vacant, or held by a member whose ex-officio basis lapsed. Copied, never derived here: the committee
-- report and the dashboard read a seat's standing on a date from the period covering it.
CREATE TABLE seat_vacancy_copy (
    id            UUID    NOT NULL,
    committee_id  UUID    NOT NULL,
    revision      BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE seat_vacancy_period_copy (
    seat_id        UUID         NOT NULL,
    ordinal        INT          NOT NULL,
    valid_from     DATE,
    valid_to       DATE,
    status         VARCHAR(20)  NOT NULL,
    reason         VARCHAR(40),
    membership_id  UUID,
    person_id      UUID,
    PRIMARY KEY (seat_id, ordinal),
    CONSTRAINT fk_seat_vacancy_period_copy FOREIGN KEY (seat_id) REFERENCES seat_vacancy_copy (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
