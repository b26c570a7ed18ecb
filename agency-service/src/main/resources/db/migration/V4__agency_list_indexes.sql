-- The portal's commonest list: the agencies of a district, often of one type, a page at a time in name order. With
-- this index the page is read in order from the index and the count touches only the matching entries, instead of
-- sorting every agency of the district (measured with deploy/bench at 10k and 100k agencies).
CREATE INDEX ix_agency_district_type_name ON agency (district_code, type, name_th, id);
