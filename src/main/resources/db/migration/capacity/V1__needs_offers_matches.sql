-- Capacity building and technical assistance: needs posted by cities and members, offers
-- posted by experts and institutions, and the matches the secretariat brokers between them.
-- Topics, kinds, languages and countries are code lists checked by the application; arrays
-- keep each post in one row so a refused post never leaves parts behind.
create table capacity_need (
    id              uuid primary key,
    title           varchar(200)  not null,
    description     text,
    topics          varchar(40)[] not null check (cardinality(topics) > 0),
    sector          varchar(40),
    kind            varchar(40)   not null,
    languages       varchar(8)[]  not null check (cardinality(languages) > 0),
    country         varchar(2)    not null,
    audience        varchar(300),
    funding         varchar(300),
    wanted_from     date,
    wanted_until    date,
    status          varchar(16)   not null,
    source_note     text,
    posted_by       uuid,
    created_at      timestamptz   not null,
    constraint capacity_need_period check (wanted_until is null or wanted_from is null or wanted_until >= wanted_from)
);

create table capacity_offer (
    id              uuid primary key,
    title           varchar(200)  not null,
    provider        varchar(200)  not null,
    description     text,
    topics          varchar(40)[] not null check (cardinality(topics) > 0),
    kinds           varchar(40)[] not null check (cardinality(kinds) > 0),
    languages       varchar(8)[]  not null check (cardinality(languages) > 0),
    countries       varchar(2)[]  not null,
    available_from  date,
    available_until date,
    cost_shared     boolean       not null,
    status          varchar(16)   not null,
    source_note     text,
    posted_by       uuid,
    created_at      timestamptz   not null,
    constraint capacity_offer_period check (available_until is null or available_from is null
        or available_until >= available_from)
);

create table capacity_match (
    id              uuid primary key,
    need_id         uuid          not null references capacity_need (id),
    offer_id        uuid          not null references capacity_offer (id),
    score           integer       not null,
    status          varchar(16)   not null,
    need_accepted   boolean       not null default false,
    offer_accepted  boolean       not null default false,
    gathering_id    uuid,
    planned_on      date,
    participants    integer,
    outcome         text,
    proposed_at     timestamptz   not null,
    delivered_at    timestamptz,
    version         integer       not null default 0,
    -- a pair is proposed once; the application says so before the database has to
    constraint capacity_match_once unique (need_id, offer_id)
);

create index capacity_need_status on capacity_need (status, created_at desc);
create index capacity_offer_status on capacity_offer (status, created_at desc);
