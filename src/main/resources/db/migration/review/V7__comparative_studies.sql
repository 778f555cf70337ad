-- Comparative studies of national low-carbon city policies, led by the secretariat with
-- partner institutions, one chapter per country.
create table review_comparative (
    id            uuid primary key,
    title         varchar(300)  not null,
    year          integer       not null check (year between 1990 and 2100),
    partners      varchar(1000),
    summary       text,
    url           varchar(500),
    source_note   text,
    status        varchar(16)   not null,
    created_at    timestamptz   not null,
    published_at  timestamptz
);

create table review_comparative_chapter (
    id        bigserial primary key,
    study_id  uuid        not null references review_comparative (id) on delete cascade,
    country   varchar(2)  not null,
    text      text
);
