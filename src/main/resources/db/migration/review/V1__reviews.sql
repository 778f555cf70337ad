-- Peer reviews of city low-carbon plans (issue 13). A criteria set is never changed once
-- stored: a new version is a new set, and every review keeps the id of the set it used.
create table review_criteria_set (
    id          uuid primary key,
    version_no  integer      not null unique,
    title       varchar(200) not null,
    created_at  timestamptz  not null
);

create table review_criterion (
    set_id      uuid         not null references review_criteria_set (id),
    position    integer      not null,
    title       varchar(200) not null,
    guidance    text         not null,
    evidence    text         not null,
    scale_max   integer      not null check (scale_max between 1 and 10),
    weight      numeric(5, 2) not null check (weight > 0),
    sector      varchar(40),
    primary key (set_id, position)
);

create table review (
    id               uuid primary key,
    city_id          uuid         not null,
    requested_by     uuid         not null,
    scope            varchar(500) not null,
    languages        varchar(100) not null,
    preferred_period varchar(200),
    status           varchar(16)  not null,
    decline_reason   varchar(1000),
    criteria_set_id  uuid references review_criteria_set (id),
    reply_deadline   date,
    created_at       timestamptz  not null,
    published_at     timestamptz
);
create index review_city on review (city_id);

create table review_member (
    review_id   uuid        not null references review (id) on delete cascade,
    account_id  uuid        not null,
    lead        boolean     not null,
    primary key (review_id, account_id)
);

-- A reviewer's score per criterion; the private note is shown to the team and the
-- secretariat only.
create table review_assessment (
    review_id    uuid    not null references review (id) on delete cascade,
    account_id   uuid    not null,
    position     integer not null,
    score        integer not null,
    finding      text    not null,
    private_note text,
    primary key (review_id, account_id, position)
);

create table review_recommendation (
    id             bigserial primary key,
    review_id      uuid         not null references review (id) on delete cascade,
    position       integer      not null,
    sector         varchar(40),
    priority       varchar(8)   not null,
    timeline       varchar(100),
    text           text         not null,
    reply          varchar(16),
    reply_comment  text,
    follow_status  varchar(16)  not null default 'NOT_STARTED'
);

create table review_follow_up (
    recommendation_id bigint      not null references review_recommendation (id) on delete cascade,
    status            varchar(16) not null,
    reason            text,
    changed_by        uuid        not null,
    changed_at        timestamptz not null
);

-- Version 1 of the criteria, written for this platform from the elements the NEASPEC
-- documents name for a review (targets and baseline, inventory and monitoring, sector
-- measures, governance and finance, stakeholder engagement, innovation).
insert into review_criteria_set (id, version_no, title, created_at)
values ('6f1d1c8e-4b1e-4c57-9d0a-000000000001', 1, 'LCCP plan review criteria', now());
insert into review_criterion (set_id, position, title, guidance, evidence, scale_max, weight, sector) values
('6f1d1c8e-4b1e-4c57-9d0a-000000000001', 1, 'Targets and baseline',
 'Are the plan''s targets measurable, dated and tied to a stated base year and baseline?',
 'Adopted target texts, baseline year and emissions, method of the baseline', 5, 1, null),
('6f1d1c8e-4b1e-4c57-9d0a-000000000001', 2, 'Inventory and monitoring',
 'Does the city keep a greenhouse-gas inventory and track progress against its targets at regular intervals?',
 'Inventory reports, monitoring schedule, responsible office', 5, 1, null),
('6f1d1c8e-4b1e-4c57-9d0a-000000000001', 3, 'Sector measures',
 'Are there concrete measures for the main emitting sectors, with expected reductions and owners?',
 'Measure lists per sector, estimated reductions, implementing agencies', 5, 1.5, null),
('6f1d1c8e-4b1e-4c57-9d0a-000000000001', 4, 'Governance and finance',
 'Who leads, how are departments coordinated, and how are the measures paid for?',
 'Decrees, budget lines, coordination bodies, financing plans', 5, 1, null),
('6f1d1c8e-4b1e-4c57-9d0a-000000000001', 5, 'Stakeholder engagement',
 'Were residents, businesses and institutions consulted, and do they take part in delivery?',
 'Consultation records, partnership agreements', 5, 0.75, null),
('6f1d1c8e-4b1e-4c57-9d0a-000000000001', 6, 'Innovation',
 'Does the plan try new tools or approaches that other cities could learn from?',
 'Pilot projects, new instruments, evaluations', 5, 0.75, null);
