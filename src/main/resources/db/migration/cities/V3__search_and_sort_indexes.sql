-- Name search in any of the seven names through one trigram-indexed column, and indexes
-- for the default sort orders of the city list and the target registry.
create extension if not exists pg_trgm;
alter table city add column search_text varchar(1500) generated always as (
    lower(name_en || ' ' || coalesce(name_zh, '') || ' ' || coalesce(name_ja, '') || ' ' || coalesce(name_ko, '')
          || ' ' || coalesce(name_ru, '') || ' ' || coalesce(name_mn, '') || ' ' || coalesce(name_native, ''))
) stored;
create index city_search_trgm_idx on city using gin (search_text gin_trgm_ops);
create index city_name_sort_idx on city (name_en, id);
create index city_country_name_sort_idx on city (country_code, name_en, id);
create index climate_target_year_sort_idx on climate_target (target_year, id);
create index climate_target_country_year_idx on climate_target (country_code, target_year, id);
