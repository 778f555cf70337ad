create table institution (
    id                   uuid primary key,
    name_original        varchar(300) not null,
    name_english         varchar(300) not null,
    name_normalised      varchar(300) not null,
    type                 varchar(40)  not null,
    country              varchar(2)   not null,
    city                 varchar(120),
    website              varchar(300),
    description          text         not null,
    offers_experts       boolean      not null default false,
    resource_centre_area varchar(40),
    status               varchar(20)  not null,
    member_since         date         not null,
    source_note          varchar(500),
    created_at           timestamptz  not null,
    version              bigint       not null default 0
);
create index institution_country_type_idx on institution (country, type);
create index institution_normalised_idx on institution (name_normalised, country);

create table institution_status_change (
    id             bigserial primary key,
    institution_id uuid        not null references institution (id) on delete cascade,
    from_status    varchar(20),
    to_status      varchar(20) not null,
    reason         text,
    changed_by     uuid,
    changed_at     timestamptz not null
);

create table membership_application (
    id                     uuid primary key,
    applicant_id           uuid         not null,
    state                  varchar(30)  not null,
    name_original          varchar(300) not null,
    name_english           varchar(300) not null,
    name_normalised        varchar(300) not null,
    type                   varchar(40)  not null,
    country                varchar(2)   not null,
    city                   varchar(120),
    website                varchar(300),
    activities             text         not null,
    contact_name           varchar(120) not null,
    contact_position       varchar(120),
    contact_email          varchar(254) not null,
    contact_phone          varchar(40),
    offers_experts         boolean      not null default false,
    resource_centre_area   varchar(40),
    check_eligible_type    boolean      not null default false,
    check_lcc_activity     boolean      not null default false,
    check_contact_verified boolean      not null default false,
    check_not_duplicate    boolean      not null default false,
    rejection_reason       text,
    institution_id         uuid references institution (id),
    created_at             timestamptz  not null,
    submitted_at           timestamptz,
    decided_at             timestamptz,
    decided_by             uuid,
    version                bigint       not null default 0
);
create index membership_application_state_idx on membership_application (state, submitted_at);
create index membership_application_applicant_idx on membership_application (applicant_id);
create index membership_application_normalised_idx on membership_application (name_normalised, country);

create table application_interest (
    application_id uuid        not null references membership_application (id) on delete cascade,
    interest       varchar(40) not null,
    primary key (application_id, interest)
);

create table application_sector (
    application_id uuid        not null references membership_application (id) on delete cascade,
    sector         varchar(40) not null,
    primary key (application_id, sector)
);

create table application_message (
    id             bigserial primary key,
    application_id uuid        not null references membership_application (id) on delete cascade,
    author_id      uuid        not null,
    from_secretariat boolean   not null,
    body           text        not null,
    created_at     timestamptz not null
);
create index application_message_app_idx on application_message (application_id, created_at);

create table application_transition (
    id             bigserial primary key,
    application_id uuid        not null references membership_application (id) on delete cascade,
    from_state     varchar(30),
    to_state       varchar(30) not null,
    actor_id       uuid        not null,
    occurred_at    timestamptz not null
);
