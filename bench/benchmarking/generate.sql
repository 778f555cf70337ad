-- After bench/cities/generate.sql: GDP per inhabitant facts for the BENCH- cities, and a
-- generated indicator system of :k reported indicators (weights summing to 100) with a value
-- for nine in ten cities and indicators. Run with:
--   psql -h localhost -p 54329 -U postgres -v k=50 -f bench/benchmarking/generate.sql
delete from benchmarking_system where code = 'BENCH_GENERATED';
insert into city_fact (city_id, kind, year, value, unit, source)
select id, 'GDP_PER_CAPITA', 2020, 1000 + (abs(hashtext(id::text)) % 60000), 'USD', 'benchmark'
from city where source = 'benchmark';
insert into benchmarking_system (id, code, version_no, name, description, league_table, created_by, created_at)
values ('6b1f0c1e-0000-4000-8000-0000000b0000', 'BENCH_GENERATED', 1, 'Generated benchmark system',
        'Synthetic indicators for the benchmark of issue 14', false, 'benchmark', now());
insert into benchmarking_indicator (id, system_id, code, position, name_en, name_zh, name_ja, name_ko, name_ru, name_mn,
    definition, unit, direction, sector, category, level, computation, formula, weight, reference_value)
select gen_random_uuid(), '6b1f0c1e-0000-4000-8000-0000000b0000', 'G' || i, i, 'Generated ' || i, '生成' || i,
       '生成' || i, '생성' || i, 'Сгенерированный ' || i, 'Үүсгэсэн ' || i, 'synthetic', 'unit',
       case when i % 2 = 0 then 'HIGHER' else 'LOWER' end, null, 'Generated', 'MAIN', null, null,
       100.0 / :k, 50
from generate_series(1, :k) as i;
insert into benchmarking_value (indicator_id, city_id, year, value, origin, source, updated_at)
select ind.id, c.id, 2020, 50 + (abs(hashtext(c.id::text || ind.code)) % 2000) / 100.0 - 10, 'REPORTED',
       'benchmark', now()
from city c cross join benchmarking_indicator ind
where c.source = 'benchmark' and ind.system_id = '6b1f0c1e-0000-4000-8000-0000000b0000'
  and abs(hashtext(ind.code || c.id::text)) % 10 <> 0;
analyze benchmarking_value;
