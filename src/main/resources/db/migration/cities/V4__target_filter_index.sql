-- The registry is most often filtered by country and type and sorted by target year: one
-- index serves the filter and the order, so a page needs no sort of all matching rows.
drop index climate_target_country_type_idx;
create index climate_target_country_type_year_idx on climate_target (country_code, type, target_year, id);
