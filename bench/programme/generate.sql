-- A year (2025) of generated activity for the report benchmark (issue 15): members admitted, knowledge
-- items published in six languages, gatherings held with registrations and check-ins, reviews, studies and
-- recommendations implemented, capacity needs, offers and delivered matches, work-plan items, projects and
-- contributions. Written straight into the tables; ids are random, names are numbered.
insert into institution (id, name_original, name_english, name_normalised, type, country, description, status,
                         member_since, created_at)
select gen_random_uuid(), 'Bench institution ' || i, 'Bench institution ' || i, 'bench institution ' || i,
       (array['NATIONAL_GOVERNMENT','LOCAL_GOVERNMENT','NON_PROFIT','RESEARCH_INSTITUTION','INTERNATIONAL_ORGANISATION'])[1 + i % 5],
       (array['CN','JP','KR','MN','RU'])[1 + i % 5], 'generated', 'ACTIVE', date '2025-01-01' + (i % 365), now()
from generate_series(1, 300) i;

insert into knowledge_item (id, kind, status, original_language, first_published_at, published_at, created_at, updated_at)
select gen_random_uuid(), (array['CASE_STUDY','PUBLICATION','NEWS','NETWORK','POLICY','TOOL'])[1 + i % 6],
       case when i % 10 = 0 then 'DRAFT' else 'PUBLISHED' end, (array['en','zh','ja','ko','ru','mn'])[1 + i % 6],
       timestamptz '2025-01-01 09:00Z' + (i % 365) * interval '1 day', timestamptz '2025-01-01 09:00Z' + (i % 365) * interval '1 day',
       now(), now()
from generate_series(1, 2000) i;

insert into gathering (id, title, type, format, starts_at, ends_at, time_zone, reported_in_person, reported_online, created_at)
select gen_random_uuid(), 'Bench gathering ' || i,
       (array['FORUM','WORKSHOP','TRAINING','WEBINAR','FIELD_VISIT'])[1 + i % 5], 'HYBRID',
       timestamptz '2025-01-02 01:00Z' + (i % 360) * interval '1 day', timestamptz '2025-01-02 09:00Z' + (i % 360) * interval '1 day',
       'UTC', case when i % 2 = 0 then 40 + i % 50 end, case when i % 2 = 0 then 100 + i % 80 end, now()
from generate_series(1, 200) i;

insert into gathering_registration (id, gathering_id, account_id, name, email, mode, status, registered_at, checked_in_at)
select gen_random_uuid(), g.id, gen_random_uuid(), 'Participant', 'p' || n || '@bench.lccp.example',
       case when n % 3 = 0 then 'ONLINE' else 'IN_PERSON' end, 'CONFIRMED', now(), case when n % 4 <> 0 then now() end
from gathering g cross join generate_series(1, 20) n where g.title like 'Bench gathering %';

insert into review (id, city_id, status, created_at, published_at)
select gen_random_uuid(), gen_random_uuid(), case when i % 3 = 0 then 'IN_REVIEW' else 'PUBLISHED' end,
       timestamptz '2024-06-01Z', timestamptz '2025-01-01Z' + (i % 360) * interval '1 day'
from generate_series(1, 60) i;
insert into review_recommendation (review_id, position, priority, text)
select r.id, n, 'HIGH', 'Recommendation ' || n from review r cross join generate_series(1, 8) n where r.status = 'PUBLISHED';
insert into review_follow_up (recommendation_id, status, changed_by, changed_at)
select id, case when id % 3 = 0 then 'IMPLEMENTED' else 'IN_PROGRESS' end, gen_random_uuid(),
       timestamptz '2025-02-01Z' + (id % 300) * interval '1 day' from review_recommendation;
insert into review_study (id, city_id, requested_by, status, interests, created_at, published_at)
select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'PUBLISHED', 'generated', now(),
       timestamptz '2025-01-01Z' + (i * 17 % 360) * interval '1 day' from generate_series(1, 20) i;

insert into capacity_need (id, title, topics, kind, languages, country, status, created_at)
select gen_random_uuid(), 'Bench need ' || i, '{GHG_INVENTORY}',
       (array['TRAINING','WORKSHOP','EXPERT_ADVICE','TECHNICAL_ASSISTANCE','STUDY_VISIT','MENTORING','DATA_TOOL_SUPPORT'])[1 + i % 7],
       '{mn}', 'MN', 'OPEN', timestamptz '2025-01-01Z' + (i % 300) * interval '1 day'
from generate_series(1, 1000) i;
insert into capacity_offer (id, title, provider, topics, kinds, languages, countries, cost_shared, status, created_at)
select gen_random_uuid(), 'Bench offer ' || i, 'Bench provider', '{GHG_INVENTORY}', '{TRAINING}', '{mn}', '{MN}', false,
       'OPEN', timestamptz '2025-01-01Z' from generate_series(1, 1000) i;
insert into capacity_match (id, need_id, offer_id, score, status, need_accepted, offer_accepted, participants, outcome,
                            proposed_at, delivered_at)
select gen_random_uuid(), n.id, o.id, 80, case when n.rn % 2 = 0 then 'DELIVERED' else 'PROPOSED' end, true, true,
       10 + n.rn % 30, 'generated', timestamptz '2025-02-01Z' + (n.rn % 200) * interval '1 day',
       case when n.rn % 2 = 0 then timestamptz '2025-03-01Z' + (n.rn % 250) * interval '1 day' end
from (select id, row_number() over (order by id) rn from capacity_need where title like 'Bench need %') n
join (select id, row_number() over (order by id) rn from capacity_offer where title like 'Bench offer %') o on o.rn = n.rn
where n.rn <= 500;

insert into programme_workplan_item (id, year, activity, area, status, created_at)
select gen_random_uuid(), 2025 + i % 2, 'Bench activity ' || i,
       (array['INFORMATION_SHARING','TECHNICAL_ASSISTANCE','PEER_REVIEW_ANALYTICAL_STUDIES','CAPACITY_BUILDING'])[1 + i % 4],
       (array['PLANNED','IN_PROGRESS','DONE','POSTPONED'])[1 + i % 4], now()
from generate_series(1, 100) i;
insert into programme_workplan_link (item_id, kind, record_id, linked_at)
select w.id, 'GATHERING', g.id, now()
from (select id, row_number() over (order by id) rn from programme_workplan_item) w
join (select id, row_number() over (order by id) rn from gathering where title like 'Bench gathering %') g on g.rn = w.rn;
insert into programme_project (id, title, funder, budget, currency, period_from, period_to, created_at)
select gen_random_uuid(), 'Bench project ' || i, (array['UN regular budget','Republic of Korea','Japan'])[1 + i % 3],
       100000.50 * i, 'USD', date '2024-07-01', date '2025-12-31', now() from generate_series(1, 10) i;
insert into programme_contribution (id, contributor, kind, amount, currency, description, contributed_on, created_at)
select gen_random_uuid(), 'Bench contributor ' || i, case when i % 2 = 0 then 'FINANCIAL' else 'IN_KIND' end,
       case when i % 2 = 0 then 1000.25 * i end, case when i % 2 = 0 then 'USD' end, 'generated',
       date '2025-01-01' + (i * 7 % 365), now() from generate_series(1, 50) i;
