-- Import jobs belong to the open-data module, which runs every module's imports. The cities
-- module's V7 created them as "import_job". Databases that have it keep their jobs: the table is
-- renamed. Fresh databases get the table here; the cities module's V7 then still creates an empty
-- "import_job", which its V10 drops once this table exists.
do $$
begin
    if to_regclass('import_job') is not null and to_regclass('open_data_import_job') is null then
        alter table import_job rename to open_data_import_job;
        alter table open_data_import_job rename constraint import_job_pkey to open_data_import_job_pkey;
        alter index import_job_finished_idx rename to open_data_import_job_finished_idx;
    end if;
end
$$;

-- Import jobs live in the database, so that any node can run them, any node can show their
-- progress, and a job survives the restart of the node that started it.
create table if not exists open_data_import_job (
    id          uuid primary key,
    owner_id    uuid        not null,
    kind        varchar(20) not null,
    dry_run     boolean     not null,
    total       int         not null,
    stage       varchar(20) not null,
    validated   int         not null default 0,
    applied     int         not null default 0,
    -- the file's rows until the job has finished
    rows        jsonb,
    result      jsonb,
    created_at  timestamptz not null,
    finished_at timestamptz
);

create index if not exists open_data_import_job_finished_idx on open_data_import_job (finished_at);
