-- The expert roster: one entry per account. Code lists (topics, sectors, tools, languages,
-- countries, public fields) are arrays checked by the application, so that an entry is
-- stored or refused as a whole. public_fields holds what the expert chose to show.
create table expert_profile (
    id               uuid primary key,
    account_id       uuid          not null unique,
    name             varchar(200)  not null,
    headline         varchar(300),
    institution      varchar(200),
    country          varchar(2),
    biography        text,
    topics           varchar(40)[] not null check (cardinality(topics) > 0),
    sectors          varchar(40)[] not null,
    tools            varchar(40)[] not null,
    languages        varchar(8)[]  not null check (cardinality(languages) > 0),
    countries_served varchar(2)[]  not null,
    availability     varchar(16)   not null,
    available_from   date,
    available_until  date,
    public_fields    varchar(24)[] not null,
    status           varchar(16)   not null,
    decision_note    varchar(1000),
    source_note      text,
    applied_at       timestamptz   not null,
    decided_at       timestamptz,
    decided_by       uuid,
    updated_at       timestamptz   not null,
    version          integer       not null default 0,
    constraint expert_profile_period check (available_until is null or available_from is null
        or available_until >= available_from)
);

create index expert_profile_listed on expert_profile (status, name);
create index expert_profile_topics on expert_profile using gin (topics);
