-- Revision history (Hibernate Envers): every change to people, committees, seats, memberships, assignments and
-- dimensions is kept as a revision with its time and the subject of the token that made it.
CREATE TABLE revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at BIGINT       NOT NULL,
    actor       VARCHAR(100),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE person_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    honorific VARCHAR(40), name_th VARCHAR(200), name_en VARCHAR(200), position_th VARCHAR(300), position_en VARCHAR(300),
    agency_id UUID, phone VARCHAR(40), email VARCHAR(254), version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_person_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    code VARCHAR(40), name_th VARCHAR(300), name_en VARCHAR(300), level VARCHAR(20), mandate_th VARCHAR(4000),
    mandate_en VARCHAR(4000), established_by VARCHAR(500), status VARCHAR(20), version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_committee_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE seat_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    committee_id UUID, role VARCHAR(30), basis VARCHAR(20), title_th VARCHAR(300), title_en VARCHAR(300),
    position_th VARCHAR(300), agency_id UUID, display_order INT, established_on DATE, abolished_on DATE, version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_seat_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE membership_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    seat_id UUID, person_id UUID, start_date DATE, end_date DATE, end_reason VARCHAR(30), basis VARCHAR(500),
    version BIGINT, created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_membership_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE assignment_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    dimension_id UUID, agency_id UUID, role VARCHAR(20), raci VARCHAR(4), start_date DATE, end_date DATE,
    basis VARCHAR(500), resolution_id UUID, version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assignment_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE dimension_aud (
    id UUID NOT NULL, rev BIGINT NOT NULL, revtype TINYINT,
    code VARCHAR(40), name_th VARCHAR(200), name_en VARCHAR(200), description_th VARCHAR(2000),
    description_en VARCHAR(2000), display_order INT, active BOOLEAN, introduced_by_resolution_id UUID,
    retired_by_resolution_id UUID, version BIGINT,
    created_at DATETIME(6), updated_at DATETIME(6), created_by VARCHAR(100), updated_by VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_dimension_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
