-- Generates :n synthetic gatherings (source_note 'benchmark') for the growth benchmark: the six kinds
-- of the platform, in person / online / hybrid, spread over 2015–2027 (about a tenth ahead of today),
-- each with two sessions, held in one of the benchmark cities (bench/cities/generate.sql) when there
-- are some. Run against a started platform's embedded PostgreSQL:
--   psql -h localhost -p 54333 -U postgres -v n=10000 -f bench/scale/gatherings.sql
\set ON_ERROR_STOP on
select setseed(0.2026);
delete from gathering where source_note = 'benchmark';
create temporary table bench_venue as
select row_number() over (order by id) as k, id, country_code, name_en from city where source = 'benchmark';
create temporary table bench_gathering as
select gen_random_uuid() as id, i,
       -- spread over the same 4,750 days at every size (i % 4750 left 1,000 gatherings all before 2018, so
       -- the calendar's upcoming page was empty at 1,000 and full at 100,000)
       timestamptz '2015-01-01 09:00+00' + ((i::bigint * 4750) / :n) * interval '1 day' as starts
from generate_series(1, :n) as i;
insert into gathering (id, title, type, format, theme, summary, starts_at, ends_at, time_zone, venue_city,
                       venue_country, venue_city_id, organisers, languages, capacity_in_person,
                       capacity_online, registration_deadline, demo, source_note, created_at, version)
select g.id,
       (array['Forum','Symposium','Workshop','Training','Field visit','Expert meeting'])[1 + g.i % 6]
         || ' on low-carbon cities ' || g.i,
       (array['FORUM','SYMPOSIUM','WORKSHOP','TRAINING','FIELD_VISIT','EXPERT_GROUP_MEETING'])[1 + g.i % 6],
       (array['IN_PERSON','ONLINE','HYBRID'])[1 + g.i % 3],
       'Benchmark theme ' || (g.i % 40),
       'A gathering generated for the growth benchmark, number ' || g.i || '.',
       g.starts, g.starts + interval '1 day 8 hours', 'Asia/Seoul',
       v.name_en, coalesce(v.country_code, 'KR'), v.id, 'Benchmark secretariat', 'en,zh,ru', 80, 200,
       g.starts - interval '7 days', false, 'benchmark', now(), 0
from bench_gathering g
left join bench_venue v on v.k = 1 + g.i % greatest(1, (select count(*) from bench_venue));
insert into gathering_session (gathering_id, title, starts_at, ends_at)
select id, 'Session ' || s, starts + (s - 1) * interval '3 hours', starts + s * interval '3 hours'
from bench_gathering, generate_series(1, 2) as s;
