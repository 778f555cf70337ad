-- Personal API tokens belong to identity (they authenticate requests to every module's API).
-- They were created by the cities module's V2 as "api_token". Databases that have it keep their
-- tokens: the table is renamed. Fresh databases get the table here; the cities module's V2 then
-- still creates an empty "api_token", which its V6 drops once this table exists.
do $$
begin
    if to_regclass('api_token') is not null and to_regclass('personal_api_token') is null then
        alter table api_token rename to personal_api_token;
        alter table personal_api_token rename constraint api_token_pkey to personal_api_token_pkey;
        alter table personal_api_token rename constraint api_token_token_hash_key to personal_api_token_token_hash_key;
        alter index api_token_account_idx rename to personal_api_token_account_idx;
    end if;
end
$$;

create table if not exists personal_api_token (
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
create index if not exists personal_api_token_account_idx on personal_api_token (account_id);
