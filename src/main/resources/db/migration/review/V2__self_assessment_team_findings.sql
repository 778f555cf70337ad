-- The host city's self-assessment per criterion, and the lead's reconciled team findings
-- per criterion (what the report says; the reviewers' own scores stay beside it).
create table review_self_assessment (
    review_id  uuid    not null references review (id) on delete cascade,
    position   integer not null,
    score      integer not null,
    narrative  text    not null,
    evidence   text,
    primary key (review_id, position)
);

create table review_team_finding (
    review_id     uuid    not null references review (id) on delete cascade,
    position      integer not null,
    score         integer not null,
    finding       text    not null,
    reply         varchar(16),
    reply_comment text,
    primary key (review_id, position)
);
