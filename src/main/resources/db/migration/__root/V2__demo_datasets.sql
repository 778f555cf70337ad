-- Which demo datasets have been loaded, so that each loads once and a restart does not add it again.
create table demo_dataset (
    name      varchar(100) primary key,
    loaded_at timestamptz  not null default now()
);
