-- Generates :n synthetic cities (prefix BENCH-) with population/area facts and five targets
-- each, spread over the six NEASPEC countries. Run with:
--   psql -h localhost -p 54329 -U postgres -v n=10000 -f bench/cities/generate.sql
delete from climate_target where source_document = 'benchmark';
delete from city where source = 'benchmark';
insert into country (code, name_en) values ('CN','China'),('JP','Japan'),('KR','Republic of Korea'),
  ('MN','Mongolia'),('RU','Russian Federation'),('KP','Democratic People''s Republic of Korea')
  on conflict do nothing;
create temporary table bench_city as
select gen_random_uuid() as id, i,
       (array['CN','JP','KR','MN','RU','KP'])[1 + i % 6] as country
from generate_series(1, :n) as i;
insert into city (id, country_code, name_en, name_native, admin_level, latitude, longitude, source,
                  created_at, updated_at, version)
select id, country, 'BENCH-city-' || i, 'ベンチ' || i, 'MUNICIPALITY', 30 + (i % 2000) / 100.0,
       100 + (i % 4000) / 100.0, 'benchmark', now(), now(), 0
from bench_city;
insert into city_fact (city_id, kind, year, value, unit, source)
select id, 'POPULATION', 2020, 10000 + i, 'persons', 'benchmark' from bench_city
union all
select id, 'AREA', 2020, 100 + i % 900, 'km²', 'benchmark' from bench_city;
insert into climate_target (id, city_id, country_code, type, neutrality_kind, title, base_year, target_year,
                            reduction_percent, unit, target_value, conditional, status, source_document,
                            created_at, updated_at, version)
select gen_random_uuid(), c.id, c.country,
       (array['ABSOLUTE','CARBON_INTENSITY','NEUTRALITY','RENEWABLE_SHARE','BAU_RELATIVE'])[k],
       case when k = 3 then 'NET_ZERO' end,
       'Benchmark target ' || k || ' of city ' || c.i,
       case when k in (1, 2) then 2005 + c.i % 10 end,
       case k when 3 then 2050 else 2030 end,
       case when k in (1, 2, 5) then 20 + c.i % 40 end,
       case when k = 4 then '%' end,
       case when k = 4 then 30 end,
       false, 'ADOPTED', 'benchmark', now(), now(), 0
from bench_city c cross join generate_series(1, 5) as k;
analyze city; analyze climate_target; analyze city_fact;
