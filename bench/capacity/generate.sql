-- 10,000 open needs and 10,000 open offers (psql -v n=10000), topics, kinds, languages and
-- countries drawn with a fixed seed from the platform's code lists, so that a run can be
-- repeated; 1,000 listed experts of the roster; every tenth offer has a delivered, rated
-- match so that past feedback takes part in the scores.
select setseed(0.42);
create temporary table topic_list as select unnest(array['GHG_INVENTORY','MITIGATION_PLANNING','ADAPTATION',
  'ENERGY_EFFICIENCY','RENEWABLE_ENERGY','LOW_CARBON_TRANSPORT','WASTE_MANAGEMENT','CLIMATE_FINANCE','GIS_AND_DATA',
  'HEALTH_AND_CLIMATE']) as code;
create temporary table kind_list as select unnest(array['TRAINING','WORKSHOP','EXPERT_ADVICE','TECHNICAL_ASSISTANCE',
  'STUDY_VISIT','MENTORING','DATA_TOOL_SUPPORT']) as code;

create or replace function pick(codes text[], k int) returns varchar[] language sql volatile as $$
  select array_agg(c)::varchar[] from (select c from unnest(codes) c order by random() limit greatest(k, 1)) s
$$;

insert into capacity_need (id, title, topics, kind, languages, country, wanted_from, wanted_until, status,
  posted_by, created_at)
select gen_random_uuid(), 'BENCH need ' || i,
  pick(array(select code from topic_list), 1 + (random() * 2)::int),
  (array(select code from kind_list))[1 + (random() * 6)::int],
  pick(array['en','zh','ja','ko','ru','mn'], 1 + (random() * 1)::int),
  (array['CN','JP','KR','MN','RU'])[1 + (random() * 4)::int],
  date '2026-01-01' + (random() * 300)::int, date '2026-12-31' + (random() * 300)::int, 'OPEN',
  null, now() - (i || ' minutes')::interval
from generate_series(1, :n) i;

insert into capacity_offer (id, title, provider, topics, kinds, languages, countries, available_from,
  available_until, cost_shared, status, posted_by, created_at)
select gen_random_uuid(), 'BENCH offer ' || i, 'Provider ' || (i % 500),
  pick(array(select code from topic_list), 1 + (random() * 3)::int),
  pick(array(select code from kind_list), 1 + (random() * 2)::int),
  pick(array['en','zh','ja','ko','ru','mn'], 1 + (random() * 2)::int),
  case when random() < 0.3 then '{}'::varchar[] else pick(array['CN','JP','KR','MN','RU'], 1 + (random() * 2)::int) end,
  date '2026-01-01' + (random() * 200)::int, date '2027-06-30' + (random() * 300)::int, random() < 0.5, 'OPEN',
  gen_random_uuid(), now() - (i || ' minutes')::interval
from generate_series(1, :n) i;

insert into expert_profile (id, account_id, name, topics, sectors, tools, languages, countries_served, availability,
  public_fields, status, applied_at, updated_at)
select gen_random_uuid(), gen_random_uuid(), 'BENCH expert ' || i,
  pick(array(select code from topic_list), 1 + (random() * 3)::int), '{}',
  pick(array['GPC_INVENTORY','HEAT_PLUS','GIS','LOW_CARBON_CITY_INDEX','ENERGY_MODELLING','BUILDING_ENERGY_AUDIT',
    'LIFE_CYCLE_ASSESSMENT'], 1 + (random() * 2)::int),
  pick(array['en','zh','ja','ko','ru','mn'], 1 + (random() * 2)::int),
  case when random() < 0.3 then '{}'::varchar[] else pick(array['CN','JP','KR','MN','RU'], 1 + (random() * 2)::int) end,
  (array['AVAILABLE','LIMITED','NOT_AVAILABLE'])[1 + (random() * 2)::int], '{TOPICS}', 'LISTED', now(), now()
from generate_series(1, :n / 10) i;

-- past, rated deliveries of every tenth offer, against closed needs
insert into capacity_need (id, title, topics, kind, languages, country, status, created_at)
select gen_random_uuid(), 'BENCH delivered ' || i, '{GHG_INVENTORY}', 'TRAINING', '{en}', 'MN', 'CLOSED', now()
from generate_series(1, :n / 10) i;
insert into capacity_match (id, need_id, offer_id, score, status, need_accepted, offer_accepted, participants,
  outcome, feedback_score, proposed_at, delivered_at)
select gen_random_uuid(), n.id, o.id, 50, 'DELIVERED', true, true, 20, 'Delivered.', 1 + (random() * 4)::int, now(), now()
from (select id, row_number() over (order by title) r from capacity_need where title like 'BENCH delivered %') n
join (select id, row_number() over (order by title) r from capacity_offer where title like 'BENCH offer %') o
  on o.r = n.r * 10 - 9;
analyze capacity_need;
analyze capacity_offer;
analyze capacity_match;
analyze expert_profile;
