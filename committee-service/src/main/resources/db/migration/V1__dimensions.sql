-- The smart-city framework: the dimensions Chiang Mai develops. Data, not an enum: a resolution can add one.
CREATE TABLE dimension (
    id             UUID          NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    name_th        VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    description_th VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2,
    description_en VARCHAR(2000),
    display_order  INT           NOT NULL,
    active         BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dimension_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The seven dimensions of the 2022 survey. Fixed ids, so that every installation names them alike.
INSERT INTO dimension (id, code, name_th, name_en, description_th, description_en, display_order, active, version, created_at, updated_at) VALUES
    ('6d1c9a10-0001-4c3e-9a51-5c1b2e7f0001', 'SMART_LIVING', 'ด้านชุมชนอัจฉริยะ', 'Smart Living',
     'บริการที่ทำให้ชีวิตประจำวันของชุมชนปลอดภัย มีสุขภาวะที่ดี และสะดวกสบาย', 'Smart community: services that make daily life safer, healthier and more convenient.', 1, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('6d1c9a10-0002-4c3e-9a51-5c1b2e7f0002', 'SMART_PEOPLE', 'ด้านประชากรอัจฉริยะ', 'Smart People',
     'ทักษะดิจิทัล การเรียนรู้ตลอดชีวิต และการมีส่วนร่วมของประชาชน', 'Smart citizens: digital skills, learning and participation.', 2, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('6d1c9a10-0003-4c3e-9a51-5c1b2e7f0003', 'SMART_ENERGY', 'ด้านพลังงานอัจฉริยะ', 'Smart Energy',
     'การใช้พลังงานอย่างมีประสิทธิภาพและพลังงานทดแทน', 'Efficient and renewable energy use.', 3, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('6d1c9a10-0004-4c3e-9a51-5c1b2e7f0004', 'SMART_MOBILITY', 'ด้านคมนาคมอัจฉริยะ', 'Smart Mobility',
     'การจราจร ระบบขนส่งสาธารณะ และโลจิสติกส์', 'Smart transport: traffic, public transport and logistics.', 4, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('6d1c9a10-0005-4c3e-9a51-5c1b2e7f0005', 'SMART_ECONOMY', 'ด้านเศรษฐกิจอัจฉริยะ', 'Smart Economy',
     'ธุรกิจ การท่องเที่ยว และการเกษตรที่ใช้เทคโนโลยีดิจิทัล', 'A digital economy: business, tourism and agriculture that use technology.', 5, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('6d1c9a10-0006-4c3e-9a51-5c1b2e7f0006', 'SMART_ENVIRONMENT', 'ด้านสิ่งแวดล้อมอัจฉริยะ', 'Smart Environment',
     'การติดตามคุณภาพอากาศ น้ำ ขยะ และการเตือนภัยพิบัติ', 'Air quality, water, waste and disaster monitoring.', 6, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('6d1c9a10-0007-4c3e-9a51-5c1b2e7f0007', 'SMART_GOVERNANCE', 'ด้านบริหารงานภาครัฐอัจฉริยะ', 'Smart Governance',
     'ข้อมูลเปิดภาครัฐและบริการภาครัฐดิจิทัล', 'Smart public administration: open data and digital public services.', 7, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
