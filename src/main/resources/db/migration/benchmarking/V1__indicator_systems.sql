-- Indicator systems kept by the secretariat. Every change of a system is a new version
-- (code, version_no); values belong to the indicator of one version, so an edited system never
-- silently changes what an earlier comparison meant. Reported values are carried over to a new
-- version for indicators whose code stays.
create table benchmarking_system (
    id              uuid primary key,
    code            varchar(60)   not null,
    version_no      integer       not null,
    name            varchar(200)  not null,
    description     text,
    -- A full public league table is a deliberate choice per system, off unless the secretariat
    -- turns it on (issue 14: never a shaming table by accident).
    league_table    boolean       not null default false,
    created_by      varchar(320)  not null,
    created_at      timestamptz   not null,
    constraint benchmarking_system_version unique (code, version_no),
    constraint benchmarking_system_version_positive check (version_no > 0)
);

create table benchmarking_indicator (
    id              uuid primary key,
    system_id       uuid          not null references benchmarking_system (id) on delete cascade,
    code            varchar(60)   not null,
    position        integer       not null,
    name_en         varchar(300)  not null,
    name_zh         varchar(300)  not null,
    name_ja         varchar(300)  not null,
    name_ko         varchar(300)  not null,
    name_ru         varchar(300)  not null,
    name_mn         varchar(300)  not null,
    definition      text          not null,
    unit            varchar(80)   not null,
    direction       varchar(10)   not null,
    sector          varchar(40),
    category        varchar(120)  not null,
    level           varchar(10)   not null,
    -- A computation the platform knows (see Computation), or a formula over other indicators of
    -- the system, or neither: the value is reported with a source.
    computation     varchar(60),
    formula         varchar(500),
    weight          numeric(9, 4) not null,
    reference_value numeric(30, 10),
    constraint benchmarking_indicator_code unique (system_id, code),
    constraint benchmarking_indicator_direction check (direction in ('HIGHER', 'LOWER', 'NEUTRAL')),
    constraint benchmarking_indicator_level check (level in ('MAIN', 'SUPPORTING')),
    constraint benchmarking_indicator_one_rule check (computation is null or formula is null),
    constraint benchmarking_indicator_weight check (weight >= 0)
);

create table benchmarking_value (
    indicator_id    uuid          not null references benchmarking_indicator (id) on delete cascade,
    city_id         uuid          not null,
    year            integer       not null,
    value           numeric(40, 16) not null,
    origin          varchar(8)    not null,
    -- For a computed value the inputs it was worked out from; for a reported one the source the
    -- reporter gave.
    source          text          not null,
    reported_by     varchar(320),
    updated_at      timestamptz   not null,
    primary key (indicator_id, city_id, year),
    constraint benchmarking_value_origin check (origin in ('COMPUTED', 'REPORTED'))
);

create index benchmarking_value_city on benchmarking_value (city_id, year);

-- Saved peer groups: the secretariat's (city_id null) and a city's own.
create table benchmarking_peer_group (
    id              uuid primary key,
    name            varchar(200)  not null,
    city_id         uuid,
    members         uuid[]        not null,
    variables       varchar(200)  not null,
    created_by      varchar(320)  not null,
    created_at      timestamptz   not null
);

create index benchmarking_peer_group_city on benchmarking_peer_group (city_id);

-- What the computed values were last worked out from (a fingerprint of the inputs), so a start
-- or an open-data change recomputes only when something changed.
create table benchmarking_state (
    key             varchar(60) primary key,
    value           text not null
);
