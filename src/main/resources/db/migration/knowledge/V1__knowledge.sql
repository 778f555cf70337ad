-- Knowledge hub: case studies, publications, news, networks and policies share one item table;
-- the columns a kind does not use stay empty.
create table knowledge_category (
    code     varchar(60)  primary key,
    position integer      not null,
    name_en  varchar(200) not null,
    name_zh  varchar(200),
    name_ja  varchar(200),
    name_ko  varchar(200),
    name_ru  varchar(200),
    name_mn  varchar(200)
);

insert into knowledge_category (code, position, name_en, name_zh, name_ja, name_ko, name_ru, name_mn) values
    ('POLICIES', 10, 'Policies', '政策', '政策', '정책', 'Политика', 'Бодлого'),
    ('CIRCULAR_ECONOMY', 20, 'Circular economy', '循环经济', '循環経済', '순환경제', 'Экономика замкнутого цикла', 'Тойрог эдийн засаг'),
    ('NATURE_BASED_SOLUTIONS', 30, 'Nature-based solutions and innovations', '基于自然的解决方案与创新', '自然を基盤とした解決策とイノベーション', '자연기반해법과 혁신', 'Природные решения и инновации', 'Байгальд суурилсан шийдэл ба инноваци'),
    ('STAKEHOLDER_ENGAGEMENT', 40, 'Stakeholder engagement', '利益相关方参与', 'ステークホルダーの参画', '이해관계자 참여', 'Вовлечение заинтересованных сторон', 'Оролцогч талуудын оролцоо');

create table knowledge_item (
    id                   uuid         primary key,
    kind                 varchar(20)  not null,
    status               varchar(20)  not null,
    original_language    varchar(2)   not null,
    author_id            uuid,
    author_name          varchar(200),
    demo_source          text,
    year                 integer check (year is null or year between 1900 and 2200),
    period_from          integer,
    period_to            integer,
    contact_institution  varchar(300),
    publication_kind     varchar(30),
    authors              text,
    institutions         text,
    publication_language varchar(2),
    file_id              uuid,
    download_count       bigint       not null default 0,
    published_on         date,
    acronym              varchar(60),
    led_by               varchar(300),
    geographic_scope     varchar(200),
    themes               text,
    website              varchar(500),
    policy_level         varchar(20),
    policy_type          varchar(20),
    source_document      text,
    first_published_at   timestamptz,
    published_at         timestamptz,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint knowledge_period_order check (period_to is null or period_from is null or period_to >= period_from)
);
create index knowledge_item_status_idx on knowledge_item (status, kind);
create index knowledge_item_author_idx on knowledge_item (author_id);

create table knowledge_translation (
    item_id  uuid         not null references knowledge_item (id) on delete cascade,
    language varchar(2)   not null,
    title    varchar(300) not null,
    summary  text,
    body     text,
    lessons  text,
    funding  text,
    status   varchar(20)  not null,
    primary key (item_id, language)
);

create table knowledge_item_country (
    item_id uuid       not null references knowledge_item (id) on delete cascade,
    country varchar(2) not null,
    primary key (item_id, country)
);

create table knowledge_item_city (
    item_id   uuid         not null references knowledge_item (id) on delete cascade,
    city_id   uuid         not null,
    city_name varchar(200) not null,
    primary key (item_id, city_id)
);
create index knowledge_item_city_idx on knowledge_item_city (city_id);

create table knowledge_item_category (
    item_id  uuid        not null references knowledge_item (id) on delete cascade,
    category varchar(60) not null references knowledge_category (code),
    primary key (item_id, category)
);

create table knowledge_item_sector (
    item_id uuid        not null references knowledge_item (id) on delete cascade,
    sector  varchar(40) not null,
    primary key (item_id, sector)
);

create table knowledge_link (
    item_id  uuid         not null references knowledge_item (id) on delete cascade,
    position integer      not null,
    title    varchar(300) not null,
    url      varchar(1000),
    primary key (item_id, position)
);

create table knowledge_result (
    item_id       uuid           not null references knowledge_item (id) on delete cascade,
    position      integer        not null,
    value         numeric(20, 6) not null,
    unit          varchar(60)    not null,
    measured      varchar(300)   not null,
    baseline_year integer,
    primary key (item_id, position)
);

create table knowledge_relation (
    item_id    uuid not null references knowledge_item (id) on delete cascade,
    related_id uuid not null references knowledge_item (id) on delete cascade,
    primary key (item_id, related_id)
);

create table knowledge_member (
    item_id  uuid         not null references knowledge_item (id) on delete cascade,
    position integer      not null,
    name     varchar(300) not null,
    primary key (item_id, position)
);

create table knowledge_presented_at (
    item_id  uuid         not null references knowledge_item (id) on delete cascade,
    position integer      not null,
    name     varchar(300) not null,
    primary key (item_id, position)
);

create table knowledge_attachment (
    item_id  uuid        not null references knowledge_item (id) on delete cascade,
    position integer     not null,
    file_id  uuid        not null,
    role     varchar(20) not null,
    primary key (item_id, position)
);

create table knowledge_comment (
    id          uuid        primary key,
    item_id     uuid        not null references knowledge_item (id) on delete cascade,
    author_id   uuid,
    author_name varchar(200),
    action      varchar(20) not null,
    body        text        not null,
    created_at  timestamptz not null
);
create index knowledge_comment_item_idx on knowledge_comment (item_id, created_at);

create table knowledge_revision (
    id           uuid        primary key,
    item_id      uuid        not null references knowledge_item (id) on delete cascade,
    number       integer     not null,
    published_at timestamptz not null,
    published_by varchar(200),
    snapshot     text        not null,
    unique (item_id, number)
);

create table knowledge_steward (
    account_id uuid        not null,
    category   varchar(60) not null references knowledge_category (code) on delete cascade,
    primary key (account_id, category)
);
