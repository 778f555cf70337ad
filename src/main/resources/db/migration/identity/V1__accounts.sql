create table account (
    id                 uuid primary key,
    email              varchar(254) not null,
    email_normalised   varchar(254) not null unique,
    password_hash      varchar(200) not null,
    display_name       varchar(120) not null,
    preferred_language varchar(2)   not null default 'en',
    affiliation        varchar(300),
    email_verified_at  timestamptz,
    enabled            boolean      not null default true,
    created_at         timestamptz  not null,
    version            bigint       not null default 0
);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);

create table account_token (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_token_account_idx on account_token (account_id, purpose);

create table audit_entry (
    id             bigserial primary key,
    occurred_at    timestamptz  not null,
    actor_id       uuid,
    actor_email    varchar(254),
    remote_address varchar(64),
    record_type    varchar(60)  not null,
    record_id      varchar(64)  not null,
    action         varchar(60)  not null,
    details        text
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_record_idx on audit_entry (record_type, record_id);
