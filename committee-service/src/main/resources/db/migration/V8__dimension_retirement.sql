-- A resolution can retire a dimension from the framework; it stays on record, inactive.
ALTER TABLE dimension ADD COLUMN retired_by_resolution_id UUID,
    ADD CONSTRAINT fk_dimension_retired_by FOREIGN KEY (retired_by_resolution_id) REFERENCES resolution (id);
