create table country (
    code         varchar(2)   primary key,
    name_en      varchar(120) not null,
    name_native  varchar(120),
    version      bigint       not null default 0
);

create table city (
    id              uuid primary key,
    country_code    varchar(2)   not null references country (code),
    locode          varchar(6),
    name_en         varchar(200) not null,
    name_zh         varchar(200),
    name_ja         varchar(200),
    name_ko         varchar(200),
    name_ru         varchar(200),
    name_mn         varchar(200),
    name_native     varchar(200),
    admin_level     varchar(40)  not null,
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    source          text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);
create unique index city_country_name_idx on city (country_code, lower(name_en));
create unique index city_locode_idx on city (locode) where locode is not null;

create table city_fact (
    id        bigserial primary key,
    city_id   uuid         not null references city (id) on delete cascade,
    kind      varchar(20)  not null,
    year      integer      not null,
    value     numeric(20, 4) not null,
    unit      varchar(40)  not null,
    source    text         not null
);
create index city_fact_city_idx on city_fact (city_id, kind, year);

create table city_editor (
    city_id    uuid not null references city (id) on delete cascade,
    account_id uuid not null,
    primary key (city_id, account_id)
);
create index city_editor_account_idx on city_editor (account_id);

create table climate_target (
    id                     uuid primary key,
    city_id                uuid         references city (id) on delete cascade,
    country_code           varchar(2)   not null references country (code),
    type                   varchar(30)  not null,
    neutrality_kind        varchar(30),
    title                  varchar(500) not null,
    base_year              integer,
    base_value             numeric(20, 6),
    target_year            integer,
    target_value           numeric(20, 6),
    reduction_percent      numeric(7, 3),
    reduction_percent_high numeric(7, 3),
    unit                   varchar(40),
    gases                  varchar(200),
    sectors                varchar(300),
    scopes                 varchar(40),
    conditional            boolean      not null default false,
    status                 varchar(20)  not null,
    superseded_by          uuid         references climate_target (id),
    policy                 varchar(500),
    source_document        varchar(1000) not null,
    source_page            varchar(40),
    source_link            varchar(500),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0
);
create index climate_target_city_idx on climate_target (city_id);
create index climate_target_country_type_idx on climate_target (country_code, type);

create table target_progress (
    id             bigserial primary key,
    target_id      uuid         not null references climate_target (id) on delete cascade,
    year           integer      not null,
    value          numeric(20, 6),
    share_achieved numeric(7, 3),
    note           varchar(1000),
    created_at     timestamptz  not null
);
create index target_progress_target_idx on target_progress (target_id, year);
