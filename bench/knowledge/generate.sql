-- Generates :n published knowledge items (demo_source 'benchmark') for the knowledge hub benchmark:
-- the five kinds (case studies 30 %, publications 20 %, news 30 %, networks 5 %, policies 15 %), original
-- texts in en (30 %), zh, ja, ko, ru (15 % each) and mn (10 %), 35 % of the items with a second language
-- version and about 7 % with a third, a country, city names, categories, sectors, years, results (case
-- studies), members (networks) and links. Each item is about one of ten topics (transport, buildings,
-- waste, renewables, nature, finance, inventories, participation, industry, water); its sentences mix the
-- topic's words with general ones (energy, city, emissions …) from a 60-concept vocabulary written in each
-- language, with particles and conjunctions between words, so a general word matches most items of its
-- language, a topic word about a tenth of them, and three words of different topics almost nothing.
-- Reproducible (setseed). Run against a started platform's embedded PostgreSQL:
--   psql -h localhost -p 54333 -U postgres -v n=100000 -f bench/knowledge/generate.sql
\set ON_ERROR_STOP on
select setseed(0.2026);
delete from knowledge_item where demo_source = 'benchmark';

-- The vocabulary: the same 60 concepts in each language, most common first; separators (particles,
-- conjunctions) go between words, the stop ends a sentence.
create temporary table vocab (lang text primary key, words text[], seps text[], stop text);
insert into vocab values
('en', array['energy','city','emissions','transport','buildings','climate','carbon','efficiency','waste','policy',
  'plan','green','water','renewable','heating','solar','reduction','target','citizens','programme','investment',
  'data','recycling','electricity','bus','district','economy','circular','monitoring','industry','finance',
  'infrastructure','greenhouse','cooperation','pilot','park','adaptation','strategy','vehicle','bicycle','wind',
  'forest','river','flood','resilience','smart','grid','participation','lighting','insulation','retrofit',
  'railway','innovation','coal','landfill','neutrality','inventory','bond','mileage','hydrogen'],
  array[' ',' ',' ',' and ',' of the ',' for ',' in ',' with ',' through '], '.'),
('zh', array['能源','城市','排放','交通','建筑','气候','二氧化碳','效率','废弃物','政策',
  '规划','绿色','水资源','可再生','供暖','太阳能','减排','目标','市民','项目','投资',
  '数据','回收','电力','公交','区域','经济','循环','监测','工业','金融',
  '基础设施','温室气体','合作','试点','公园','适应','战略','汽车','自行车','风电',
  '森林','河流','洪水','韧性','智慧','电网','参与','照明','保温','改造',
  '铁路','创新','煤炭','填埋','中和','清单','债券','积分','氢能'],
  array['','','的','和','，','与','推动','提高'], '。'),
('ja', array['エネルギー','都市','排出','交通','建築物','気候','炭素','効率','廃棄物','政策',
  '計画','緑化','水資源','再生可能','暖房','太陽光','削減','目標','市民','事業','投資',
  'データ','リサイクル','電力','バス','地域','経済','循環','監視','産業','金融',
  'インフラ','温室効果ガス','協力','実証','公園','適応','戦略','自動車','自転車','風力',
  '森林','河川','洪水','強靭化','スマート','電力網','参加','照明','断熱','改修',
  '鉄道','革新','石炭','埋立','中立','インベントリ','債券','ポイント','水素'],
  array['の','の','を','と','は','で','に','、'], '。'),
('ko', array['에너지','도시','배출','교통','건물','기후','탄소','효율','폐기물','정책',
  '계획','녹색','수자원','재생','난방','태양광','감축','목표','시민','사업','투자',
  '데이터','재활용','전력','버스','지역','경제','순환','모니터링','산업','금융',
  '기반시설','온실가스','협력','시범','공원','적응','전략','자동차','자전거','풍력',
  '숲','하천','홍수','회복력','스마트','전력망','참여','조명','단열','개보수',
  '철도','혁신','석탄','매립','중립','인벤토리','채권','마일리지','수소'],
  array[' ','의 ','과 ','을 ',' 및 ','에서 '], '.'),
('ru', array['энергия','город','выбросы','транспорт','здания','климат','углерод','эффективность','отходы','политика',
  'план','зелёный','водоснабжение','возобновляемый','отопление','солнечный','сокращение','цель','жители','программа',
  'инвестиции','данные','переработка','электроэнергия','автобус','район','экономика','замкнутый','мониторинг',
  'промышленность','финансирование','инфраструктура','парниковый','сотрудничество','пилотный','парк','адаптация',
  'стратегия','автомобиль','велосипед','ветровой','лес','река','наводнение','устойчивость','умный','сеть',
  'участие','освещение','утепление','модернизация','железнодорожный','инновации','уголь','полигон',
  'нейтральность','инвентаризация','облигации','баллы','водород'],
  array[' ',' ',' и ',' в ',' для ',' по '], '.'),
('mn', array['эрчим хүч','хот','ялгарал','тээвэр','барилга','уур амьсгал','нүүрстөрөгч','үр ашиг','хог хаягдал',
  'бодлого','төлөвлөгөө','ногоон','ус','сэргээгдэх','халаалт','нарны','бууруулалт','зорилт','иргэд','хөтөлбөр',
  'хөрөнгө оруулалт','мэдээлэл','дахин боловсруулалт','цахилгаан','автобус','дүүрэг','эдийн засаг','тойрог',
  'хяналт','аж үйлдвэр','санхүүжилт','дэд бүтэц','хүлэмжийн хий','хамтын ажиллагаа','туршилтын',
  'цэцэрлэгт хүрээлэн','дасан зохицох','стратеги','автомашин','дугуй','салхины','ой','гол','үер',
  'тэсвэртэй байдал','ухаалаг','сүлжээ','оролцоо','гэрэлтүүлэг','дулаалга','шинэчлэл','төмөр зам','инноваци',
  'нүүрс','хогийн цэг','саармагжуулалт','тооллого','бонд','оноо','устөрөгч'],
  array[' ',' ',' ба ',' болон ',' '], '.');

-- Documents are about a topic: each topic has its own words (by position in the vocabulary), and
-- sentences mix them with the general words every text uses (energy, city, emissions, climate …).
create temporary table topic (t int primary key, idx int[]);
insert into topic values
(1, array[4,25,39,40,52,60,24,32,46,22]),   -- transport
(2, array[5,15,8,50,51,49,26,24,46,53]),    -- buildings
(3, array[9,23,28,27,55,30,35,19,48]),      -- waste and circular economy
(4, array[14,16,41,24,47,54,60,21,53,32]),  -- renewable energy
(5, array[36,42,43,44,45,37,13,26,12,32]),  -- nature-based solutions, adaptation
(6, array[21,31,58,27,35,34,38,53,22]),     -- finance
(7, array[33,57,29,22,56,38,3,30,54]),      -- inventories and neutrality
(8, array[19,48,59,34,35,46,22,20]),        -- citizens' participation
(9, array[30,8,54,60,24,3,53,21]),          -- industry
(10, array[13,43,44,29,32,37,22]);          -- water
create temporary table general_words as
select array[1,2,3,6,7,10,11,12,17,18,19,20,38,34] as idx;

-- Pools of sentences (6–14 words) and titles (3–6 words) per language and topic; documents draw from them.
create temporary table pool as
select v.lang, tp.t, s.n, 'S' as part,
       string_agg(v.words[case when random() < 0.45
                               then g.idx[1 + floor(power(random(), 1.5) * cardinality(g.idx))::int]
                               else tp.idx[1 + floor(random() * cardinality(tp.idx))::int] end],
                  v.seps[1 + floor(random() * cardinality(v.seps))::int] order by w.k) || v.stop as sentence
from vocab v cross join topic tp cross join general_words g cross join generate_series(1, 2000) s(n)
     cross join lateral generate_series(1, 6 + s.n % 9) w(k)
group by v.lang, tp.t, s.n, v.stop
union all
select v.lang, tp.t, s.n, 'T',
       string_agg(v.words[case when random() < 0.3
                               then g.idx[1 + floor(power(random(), 1.5) * cardinality(g.idx))::int]
                               else tp.idx[1 + floor(random() * cardinality(tp.idx))::int] end],
                  case when v.lang in ('zh', 'ja') then '' else ' ' end order by w.k)
from vocab v cross join topic tp cross join general_words g cross join generate_series(1, 2000) s(n)
     cross join lateral generate_series(1, 3 + s.n % 4) w(k)
group by v.lang, tp.t, s.n;
update pool set sentence = upper(left(sentence, 1)) || substr(sentence, 2) where lang in ('en', 'ru', 'mn');
create index on pool (lang, t, part, n);
analyze pool;

create temporary table place (country text, city text, lang text);
insert into place values
('CN','Beijing','zh'),('CN','Shanghai','zh'),('CN','Tianjin','zh'),('CN','Shenzhen','zh'),('CN','Wuhan','zh'),
('CN','Changsha','zh'),('CN','Hangzhou','zh'),('CN','Chongqing','zh'),('CN','Xiamen','zh'),('CN','Baoding','zh'),
('JP','Tokyo','ja'),('JP','Yokohama','ja'),('JP','Kitakyushu','ja'),('JP','Toyama','ja'),('JP','Kyoto','ja'),
('JP','Osaka','ja'),('JP','Sapporo','ja'),('JP','Minamata','ja'),
('KR','Seoul','ko'),('KR','Busan','ko'),('KR','Incheon','ko'),('KR','Gwangju','ko'),('KR','Daegu','ko'),
('KR','Suwon','ko'),('KR','Changwon','ko'),('KR','Sejong','ko'),
('MN','Ulaanbaatar','mn'),('MN','Darkhan','mn'),('MN','Erdenet','mn'),('MN','Khovd','mn'),
('RU','Moscow','ru'),('RU','Vladivostok','ru'),('RU','Khabarovsk','ru'),('RU','Irkutsk','ru'),
('RU','Novosibirsk','ru'),('RU','Yakutsk','ru'),
('KP','Pyongyang','ko'),('KP','Rason','ko');

-- The items: kind by share (case studies 30 %, publications 20 %, news 30 %, networks 5 %, policies 15 %),
-- original language (en 30 %, zh, ja, ko, ru 15 % each, mn 10 %), their translations.
create temporary table bench_item as
select gen_random_uuid() as id, i,
       case when i % 20 < 6 then 'CASE_STUDY' when i % 20 < 10 then 'PUBLICATION' when i % 20 < 16 then 'NEWS'
            when i % 20 < 17 then 'NETWORK' else 'POLICY' end as kind,
       case when r < 0.30 then 'en' when r < 0.45 then 'zh' when r < 0.60 then 'ja' when r < 0.75 then 'ko'
            when r < 0.90 then 'ru' else 'mn' end as lang,
       random() as r2, random() as r3, random() as r4, 1 + floor(random() * 10)::int as topic,
       2005 + floor(random() * 21)::int as year,
       timestamptz '2012-01-01' + random() * interval '14 years' as published
from (select i, random() as r from generate_series(1, :n) i) x;

create temporary table bench_tr as
select id, lang, 'ORIGINAL' as status, kind, topic from bench_item
union all
select id, case when lang <> 'en' then 'en' else (array['zh','ja','ko','ru','mn'])[1 + floor(r3 * 5)::int] end,
       (array['HUMAN','MACHINE','UNREVIEWED'])[1 + floor(r4 * 3)::int], kind, topic
from bench_item where r2 < 0.35
union all
select id, l, 'MACHINE', kind, topic
from (select id, kind, topic, lang, r3, (array['zh','ja','ko','ru','mn','en'])[1 + floor(r4 * 6)::int] as l
      from bench_item where r2 < 0.10) x
where l <> lang and l <> case when lang <> 'en' then 'en' else (array['zh','ja','ko','ru','mn'])[1 + floor(r3 * 5)::int] end;
alter table bench_tr add column tid serial;

-- Which pooled sentences each text takes: title, summary (1–2), body (5–14), lessons (2, case studies).
create temporary table pick as
select t.tid, t.lang, t.topic, 'T' as pool_part, 'T' as part, 1 as k, 1 + floor(random() * 2000)::int as n from bench_tr t
union all
select t.tid, t.lang, t.topic, 'S', 'S', k, 1 + floor(random() * 2000)::int
from bench_tr t, generate_series(1, 1 + t.tid % 2) k
union all
select t.tid, t.lang, t.topic, 'S', 'B', k, 1 + floor(random() * 2000)::int
from bench_tr t, generate_series(1, 5 + t.tid % 10) k
union all
select t.tid, t.lang, t.topic, 'S', 'L', k, 1 + floor(random() * 2000)::int
from bench_tr t, generate_series(1, 2) k where t.kind = 'CASE_STUDY';

create temporary table texts as
select p.tid,
       max(s.sentence) filter (where p.part = 'T') as title,
       string_agg(s.sentence, ' ' order by p.k) filter (where p.part = 'S') as summary,
       '<p>' || string_agg(case when p.k = 4 then '</p><p>' else '' end || s.sentence, ' ' order by p.k)
           filter (where p.part = 'B') || '</p>' as body,
       '<p>' || string_agg(s.sentence, ' ' order by p.k) filter (where p.part = 'L') || '</p>' as lessons
from pick p join pool s on s.lang = p.lang and s.t = p.topic and s.part = p.pool_part and s.n = p.n
group by p.tid;

-- Places: the country of the original language (English texts anywhere), 1–2 cities of it.
create temporary table bench_place as
select b.id, p.country, p.city, row_number() over (partition by b.id order by random()) as rank
from bench_item b
join place p on p.lang = b.lang or (b.lang = 'en' and p.country = (array['CN','JP','KR','MN','RU','KP'])[1 + b.i % 6]);

insert into knowledge_item (id, kind, status, original_language, author_name, demo_source, year, period_from,
                            period_to, contact_institution, publication_kind, authors, institutions,
                            publication_language, published_on, acronym, led_by, geographic_scope, themes, website,
                            policy_level, policy_type, source_document, first_published_at, published_at,
                            created_at, updated_at, version)
select b.id, b.kind, 'PUBLISHED', b.lang, 'Benchmark', 'benchmark',
       case when b.kind in ('PUBLICATION', 'POLICY') then b.year end,
       case when b.kind = 'CASE_STUDY' then b.year end,
       case when b.kind = 'CASE_STUDY' then b.year + b.i % 6 end,
       case when b.kind = 'CASE_STUDY' then 'Municipal climate office ' || b.i % 500 end,
       case when b.kind = 'PUBLICATION' then (array['STUDY','REPORT','BOOKLET','COMPENDIUM','MEETING_DOCUMENT'])[1 + b.i % 5] end,
       case when b.kind = 'PUBLICATION' then 'Author ' || b.i % 997 || ', Author ' || b.i % 991 end,
       case when b.kind = 'PUBLICATION' then 'Institute ' || b.i % 211 end,
       case when b.kind = 'PUBLICATION' then b.lang end,
       case when b.kind = 'NEWS' then b.published::date end,
       case when b.kind = 'NETWORK' then 'NET' || b.i % 1000 end,
       case when b.kind = 'NETWORK' then 'Secretariat ' || b.i % 97 end,
       case when b.kind = 'NETWORK' then 'North-East Asia' end,
       case when b.kind = 'NETWORK' then 'energy, transport, finance' end,
       case when b.kind = 'NETWORK' then 'https://example.org/network/' || b.i end,
       case when b.kind = 'POLICY' then (array['NATIONAL','PROVINCIAL','CITY'])[1 + b.i % 3] end,
       case when b.kind = 'POLICY' then (array['LAW','PLAN','PROGRAMME','PILOT','GUIDELINE','STRATEGY'])[1 + b.i % 6] end,
       case when b.kind = 'POLICY' then 'Official gazette ' || b.year end,
       b.published, b.published, b.published, b.published, 0
from bench_item b;

insert into knowledge_translation (item_id, language, title, summary, body, lessons, funding, status)
select t.id, t.lang, x.title, x.summary, x.body, x.lessons, null, t.status
from bench_tr t join texts x on x.tid = t.tid;

insert into knowledge_item_country (item_id, country)
select distinct id, country from bench_place where rank <= 1 + (hashtext(id::text) & 1);
insert into knowledge_item_city (item_id, city_id, city_name)
select p.id, md5('bench-city-' || p.city)::uuid, p.city
from bench_place p join bench_item b on b.id = p.id
where b.kind <> 'NETWORK' and p.rank <= 1 + (hashtext(p.id::text) & 1);
insert into knowledge_item_category (item_id, category)
select distinct b.id, (array['POLICIES','CIRCULAR_ECONOMY','NATURE_BASED_SOLUTIONS','STAKEHOLDER_ENGAGEMENT'])[1 + (b.i * k) % 4]
from bench_item b, generate_series(1, 1 + b.i % 2) k;
insert into knowledge_item_sector (item_id, sector)
select distinct b.id, (array['ENERGY_SUPPLY','BUILDINGS','TRANSPORT','WASTE','WATER','INDUSTRY','LAND_USE_GREEN_SPACE',
                              'DISASTER_RISK_REDUCTION','FINANCE','GOVERNANCE'])[1 + (b.i * 7 + k * 3) % 10]
from bench_item b, generate_series(1, 1 + b.i % 3) k;
insert into knowledge_result (item_id, position, value, unit, measured, baseline_year)
select b.id, k - 1, round((random() * 100000)::numeric, 1),
       (array['tCO2e/year','MWh/year','%','t/year'])[1 + (b.i + k) % 4],
       (array['emissions avoided per year','electricity saved','share of renewable energy','waste recycled'])[1 + (b.i + k) % 4],
       b.year - 5
from bench_item b, generate_series(1, 1 + b.i % 2) k where b.kind = 'CASE_STUDY';
insert into knowledge_member (item_id, position, name)
select b.id, k - 1, p.city || ' city government'
from bench_item b, generate_series(1, 3) k, lateral (select city from place offset (b.i * k) % 38 limit 1) p
where b.kind = 'NETWORK';
insert into knowledge_link (item_id, position, title, url)
select id, 0, 'Source document', 'https://example.org/source/' || i from bench_item where kind in ('PUBLICATION', 'POLICY');

analyze knowledge_item; analyze knowledge_translation; analyze knowledge_item_country; analyze knowledge_item_city;
analyze knowledge_item_category; analyze knowledge_item_sector; analyze knowledge_result; analyze knowledge_member;
analyze knowledge_link;
select count(*) as items, (select count(*) from knowledge_translation t join knowledge_item i on i.id = t.item_id
                           where i.demo_source = 'benchmark') as texts,
       (select round(avg(length(body))) from knowledge_translation) as avg_body_chars
from knowledge_item where demo_source = 'benchmark';
