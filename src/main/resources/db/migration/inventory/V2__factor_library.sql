-- Emission factors besides the IPCC defaults: grid electricity factors per country, grid
-- region and year entered by the secretariat, and factors a city enters with a citation.
-- Each has its source; a line that used one keeps the value in its calculation, so a later
-- change here never alters a stored inventory.
create table emission_factor (
    id           bigserial primary key,
    kind         varchar(8)     not null,
    country_code varchar(2),
    region       varchar(100),
    city_id      uuid,
    year         integer        not null,
    name         varchar(200)   not null,
    gas          varchar(20)    not null,
    value        numeric(30, 12) not null,
    unit         varchar(20)    not null,
    source       text           not null,
    created_at   timestamptz    not null,
    version      bigint         not null default 0,
    constraint emission_factor_owner check ((kind = 'GRID' and country_code is not null and city_id is null)
        or (kind = 'CITY' and city_id is not null))
);
create index emission_factor_grid_idx on emission_factor (country_code, year) where kind = 'GRID';
create index emission_factor_city_idx on emission_factor (city_id) where kind = 'CITY';
