-- Import jobs live in the database, so that any node can run them, any node can show their
-- progress, and a job survives the restart of the node that started it.
create table import_job (
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

create index import_job_finished_idx on import_job (finished_at);
