-- API tokens moved to the identity module (its V2 renames this table to personal_api_token, or
-- creates that on a fresh database, where this module's V2 has just created an empty api_token).
-- Dropped only once identity's table exists, so no token is lost whichever module migrates first.
do $$
begin
    if to_regclass('personal_api_token') is not null then
        drop table if exists api_token;
    end if;
end
$$;
