-- Chiang Mai's 25 districts (amphoe), identified by their TIS 1099 geocodes (province 50, districts 50xx).
CREATE TABLE district (
    code    VARCHAR(4)   NOT NULL,
    name_th VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_thai_520_w2 NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO district (code, name_th, name_en) VALUES
    ('5001', 'เมืองเชียงใหม่', 'Mueang Chiang Mai'),
    ('5002', 'จอมทอง', 'Chom Thong'),
    ('5003', 'แม่แจ่ม', 'Mae Chaem'),
    ('5004', 'เชียงดาว', 'Chiang Dao'),
    ('5005', 'ดอยสะเก็ด', 'Doi Saket'),
    ('5006', 'แม่แตง', 'Mae Taeng'),
    ('5007', 'แม่ริม', 'Mae Rim'),
    ('5008', 'สะเมิง', 'Samoeng'),
    ('5009', 'ฝาง', 'Fang'),
    ('5010', 'แม่อาย', 'Mae Ai'),
    ('5011', 'พร้าว', 'Phrao'),
    ('5012', 'สันป่าตอง', 'San Pa Tong'),
    ('5013', 'สันกำแพง', 'San Kamphaeng'),
    ('5014', 'สันทราย', 'San Sai'),
    ('5015', 'หางดง', 'Hang Dong'),
    ('5016', 'ฮอด', 'Hot'),
    ('5017', 'ดอยเต่า', 'Doi Tao'),
    ('5018', 'อมก๋อย', 'Omkoi'),
    ('5019', 'สารภี', 'Saraphi'),
    ('5020', 'เวียงแหง', 'Wiang Haeng'),
    ('5021', 'ไชยปราการ', 'Chai Prakan'),
    ('5022', 'แม่วาง', 'Mae Wang'),
    ('5023', 'แม่ออน', 'Mae On'),
    ('5024', 'ดอยหล่อ', 'Doi Lo'),
    ('5025', 'กัลยาณิวัฒนา', 'Galyani Vadhana');
