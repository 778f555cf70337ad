-- The secretariat's reports to the Senior Officials Meeting. A report is a period and a language;
-- each generation or edit of its narrative is kept as a numbered version with the figures as they
-- were counted then (JSON of shared.domain.ActivityFigures.Figure), so a report once submitted can
-- be read again as it was. Decisions the meeting took are recorded against the report.
create table programme_report (
    id           uuid primary key,
    title        varchar(300) not null,
    period_from  date         not null,
    period_to    date         not null,
    language     varchar(2)   not null,
    created_by   uuid,
    created_at   timestamptz  not null,
    constraint programme_report_period check (period_to >= period_from)
);

create table programme_report_version (
    report_id   uuid        not null references programme_report (id) on delete cascade,
    number      integer     not null check (number > 0),
    figures     text        not null,
    background  text        not null,
    progress    text        not null,
    plans       text        not null,
    issues      text        not null,
    created_by  uuid,
    created_at  timestamptz not null,
    primary key (report_id, number)
);

create table programme_decision (
    id           uuid primary key,
    report_id    uuid         not null references programme_report (id) on delete cascade,
    meeting      varchar(200) not null,
    decided_on   date         not null,
    text         text         not null,
    recorded_by  uuid,
    recorded_at  timestamptz  not null
);
create index programme_decision_report on programme_decision (report_id, decided_on);
