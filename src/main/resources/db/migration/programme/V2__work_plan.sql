-- The yearly work plan the secretariat submits with its report: each item an activity in one of the
-- four activity areas, with its lead, partners, budget line, timeline and status, linked (by id) to
-- the records that deliver it in other modules. A demo item quotes the seed passage it comes from.
create table programme_workplan_item (
    id           uuid primary key,
    year         integer       not null check (year between 1990 and 2200),
    activity     varchar(300)  not null,
    area         varchar(40)   not null,
    lead         varchar(300),
    partners     varchar(1000),
    budget_line  varchar(200),
    timeline     varchar(200),
    status       varchar(16)   not null,
    source_note  text,
    created_at   timestamptz   not null,
    version      integer       not null default 0
);
create index programme_workplan_year on programme_workplan_item (year, area);

create table programme_workplan_link (
    item_id    uuid        not null references programme_workplan_item (id) on delete cascade,
    kind       varchar(20) not null,
    record_id  uuid        not null,
    linked_at  timestamptz not null,
    primary key (item_id, kind, record_id)
);
