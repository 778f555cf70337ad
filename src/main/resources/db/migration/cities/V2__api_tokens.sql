create table api_token (
    id           uuid primary key,
    account_id   uuid         not null,
    name         varchar(100) not null,
    scope        varchar(10)  not null,
    token_hash   varchar(64)  not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_account_idx on api_token (account_id);
