-- Import jobs moved to the opendata module (its V1 renames this table to open_data_import_job, or
-- creates that on a fresh database, where this module's V7 has just created an empty import_job).
-- Dropped only once the open-data table exists, so no job is lost whichever module migrates first.
do $$
begin
    if to_regclass('open_data_import_job') is not null then
        drop table if exists import_job;
    end if;
end
$$;
