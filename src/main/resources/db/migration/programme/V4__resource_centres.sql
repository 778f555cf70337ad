-- Resource centres: the secretariat invites a member institution to serve one programme area (one of the
-- four activity areas) for a term; an account of that institution accepts or declines; an accepted centre
-- files one activity report a year of its term.
create table programme_resource_centre (
    id                uuid primary key,
    institution_id    uuid         not null,
    institution_name  varchar(300) not null,
    area              varchar(40)  not null,
    term_from         date         not null,
    term_to           date         not null,
    status            varchar(16)  not null,
    invited_at        timestamptz  not null,
    answered_at       timestamptz,
    answered_by       uuid,
    version           integer      not null default 0,
    constraint programme_centre_term check (term_to >= term_from)
);
create unique index programme_centre_once on programme_resource_centre (institution_id, area, term_from)
    where status <> 'DECLINED';

create table programme_centre_report (
    centre_id  uuid        not null references programme_resource_centre (id) on delete cascade,
    year       integer     not null,
    text       text        not null,
    filed_by   uuid        not null,
    filed_at   timestamptz not null,
    primary key (centre_id, year)
);
