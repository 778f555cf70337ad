-- Analytical studies for cities new to low-carbon planning: the city states its interest
-- with baseline information, the secretariat assigns experts, the experts deliver findings,
-- options and suggested peer cities, the city comments and chooses who may read the study.
create table review_study (
    id               uuid primary key,
    city_id          uuid          not null,
    requested_by     uuid          not null,
    status           varchar(16)   not null,
    interests        varchar(2000) not null,
    population       varchar(100),
    gdp              varchar(100),
    energy_use       text,
    inventory        text,
    existing_plans   text,
    priorities       text,
    capacities       text,
    findings         text,
    options          text,
    suggested_peers  text,
    city_comment     text,
    visibility       varchar(16),
    created_at       timestamptz   not null,
    published_at     timestamptz
);
create index review_study_city on review_study (city_id);

create table review_study_expert (
    study_id    uuid not null references review_study (id) on delete cascade,
    account_id  uuid not null,
    primary key (study_id, account_id)
);
