create table gathering (
    id                    uuid primary key,
    title                 varchar(300) not null,
    type                  varchar(40)  not null,
    format                varchar(20)  not null,
    theme                 varchar(300),
    summary               text,
    starts_at             timestamptz  not null,
    ends_at               timestamptz  not null,
    time_zone             varchar(60)  not null,
    venue_city            varchar(120),
    venue_country         varchar(2),
    venue_address         varchar(500),
    online_link           varchar(500),
    organisers            text,
    partners              text,
    languages             varchar(300),
    interpretation        varchar(300),
    capacity_in_person    integer check (capacity_in_person is null or capacity_in_person >= 0),
    capacity_online       integer check (capacity_online is null or capacity_online >= 0),
    registration_deadline timestamptz,
    reported_in_person    integer,
    reported_online       integer,
    outcome_summary       text,
    outcome_published_at  timestamptz,
    demo                  boolean      not null default false,
    source_note           varchar(500),
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint gathering_ends_after_start check (ends_at >= starts_at)
);
create index gathering_starts_idx on gathering (starts_at);

create table gathering_session (
    id           bigserial primary key,
    gathering_id uuid         not null references gathering (id) on delete cascade,
    title        varchar(300) not null,
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    speakers     text,
    moderators   text,
    document_url varchar(500)
);
create index gathering_session_gathering_idx on gathering_session (gathering_id, starts_at);

create table gathering_registration (
    id             uuid primary key,
    gathering_id   uuid         not null references gathering (id) on delete cascade,
    account_id     uuid         not null,
    name           varchar(200) not null,
    email          varchar(254) not null,
    mode           varchar(20)  not null,
    status         varchar(20)  not null,
    dietary        varchar(500),
    accessibility  varchar(500),
    interpretation varchar(200),
    registered_at  timestamptz  not null,
    confirmed_at   timestamptz,
    cancelled_at   timestamptz,
    checked_in_at  timestamptz,
    version        bigint       not null default 0
);
-- One active registration per person and gathering, whatever the application does.
create unique index gathering_registration_active_uq on gathering_registration (gathering_id, account_id)
    where status <> 'CANCELLED';
create index gathering_registration_queue_idx on gathering_registration (gathering_id, mode, status, registered_at);

create table gathering_material (
    id           bigserial primary key,
    gathering_id uuid         not null references gathering (id) on delete cascade,
    kind         varchar(20)  not null,
    title        varchar(300) not null,
    url          varchar(500) not null,
    added_at     timestamptz  not null
);

create table gathering_feedback (
    id           bigserial primary key,
    gathering_id uuid        not null references gathering (id) on delete cascade,
    account_id   uuid        not null,
    rating       integer     not null check (rating between 1 and 5),
    comment      text,
    given_at     timestamptz not null,
    unique (gathering_id, account_id)
);
