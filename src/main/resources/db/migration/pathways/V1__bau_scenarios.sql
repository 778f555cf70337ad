-- Business-as-usual scenarios of cities. Every save is a new version; earlier versions stay
-- readable. The base-year emissions are copied from the published inventory at the time of
-- the save, with its id, so a later correction of that inventory never silently moves a
-- saved projection.
create table pathways_bau_scenario (
    id                  uuid primary key,
    city_id             uuid           not null,
    version_no          integer        not null,
    base_year           integer        not null,
    base_inventory_id   uuid           not null,
    base_total          numeric(30, 10) not null,
    population_growth   numeric(9, 4)  not null,
    gdp_growth          numeric(9, 4)  not null,
    end_year            integer        not null,
    note                text,
    created_by          varchar(320)   not null,
    created_at          timestamptz    not null,
    constraint pathways_bau_version unique (city_id, version_no),
    constraint pathways_bau_years check (end_year > base_year and base_year between 1990 and 2100
        and end_year <= 2100)
);

create table pathways_bau_sector (
    scenario_id         uuid           not null references pathways_bau_scenario (id) on delete cascade,
    position            integer        not null,
    sector              varchar(40)    not null,
    base_emissions      numeric(30, 10) not null,
    method              varchar(8)     not null,
    annual_rate         numeric(9, 4),
    driver              varchar(12),
    intensity_change    numeric(9, 4),
    primary key (scenario_id, position)
);
