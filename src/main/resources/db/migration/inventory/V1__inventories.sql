-- GHG inventories of cities (GPC). One row per version; at most one published version per
-- city and year. Totals are stored with each save so that lists and the API read them
-- without recalculating.
create table inventory (
    id                   uuid primary key,
    city_id              uuid          not null,
    country_code         varchar(2)    not null,
    year                 integer       not null,
    version_no           integer       not null,
    status               varchar(12)   not null,
    gwp_set              varchar(12)   not null,
    gpc_version          varchar(20)   not null,
    reporting_level      varchar(12)   not null,
    boundary             varchar(16)   not null,
    boundary_description text,
    population           numeric(20, 4),
    population_source    text,
    gdp                  numeric(24, 4),
    gdp_unit             varchar(20),
    gdp_source           text,
    source               text          not null,
    correction_reason    text,
    basic                numeric(30, 10) not null default 0,
    basic_plus           numeric(30, 10) not null default 0,
    territorial          numeric(30, 10) not null default 0,
    other_scope3         numeric(30, 10) not null default 0,
    biogenic_co2         numeric(30, 10) not null default 0,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    published_at         timestamptz,
    version              bigint        not null default 0,
    constraint inventory_version_unique unique (city_id, year, version_no)
);
create unique index inventory_one_published_idx on inventory (city_id, year) where status = 'PUBLISHED';
create index inventory_status_idx on inventory (status, year);

-- A GPC row's notation key or one line of it: an activity calculated by the engine (its
-- calculation, with the factor values used, kept as JSON), or emissions entered directly.
create table inventory_entry (
    id             bigserial primary key,
    inventory_id   uuid           not null references inventory (id) on delete cascade,
    line_no        integer        not null,
    gpc_ref        varchar(10)    not null,
    notation_key   varchar(2),
    explanation    text,
    description    text,
    fuel           varchar(100),
    amount         numeric(40, 12),
    unit           varchar(20),
    density        numeric(20, 8),
    co2e           numeric(30, 10),
    biogenic_co2   numeric(30, 10),
    calculation    text,
    data_quality   varchar(6),
    source_document text
);
create index inventory_entry_inventory_idx on inventory_entry (inventory_id, line_no);
