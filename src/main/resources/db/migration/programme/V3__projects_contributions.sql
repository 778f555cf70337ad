-- Projects run under the platform (funder, budget, period, outputs), the ledger of financial and
-- in-kind contributions by institution (a member institution by id, or a named contributor), and
-- offers by member States to host a forum. Money is exact: numeric with two decimals and its currency.
-- What a source does not state (a budget, a period) stays empty rather than invented.
create table programme_project (
    id           uuid primary key,
    title        varchar(300)   not null,
    funder       varchar(300)   not null,
    budget       numeric(18, 2) check (budget is null or budget >= 0),
    currency     varchar(3),
    period_from  date,
    period_to    date,
    outputs      text,
    source_note  text,
    created_at   timestamptz    not null,
    constraint programme_project_period check (period_to is null or period_from is null or period_to >= period_from),
    constraint programme_project_currency check (budget is null or currency is not null)
);

create table programme_contribution (
    id              uuid primary key,
    institution_id  uuid,
    contributor     varchar(300)   not null,
    kind            varchar(16)    not null,
    amount          numeric(18, 2) check (amount is null or amount >= 0),
    currency        varchar(3),
    description     varchar(1000),
    project_id      uuid references programme_project (id),
    contributed_on  date           not null,
    source_note     text,
    created_at      timestamptz    not null,
    constraint programme_contribution_currency check (amount is null or currency is not null)
);
create index programme_contribution_on on programme_contribution (contributed_on);

create table programme_host_offer (
    id           uuid primary key,
    country      varchar(2)   not null,
    offered_by   varchar(300) not null,
    event        varchar(300) not null,
    year         integer      not null check (year between 1990 and 2200),
    status       varchar(16)  not null,
    source_note  text,
    created_at   timestamptz  not null
);
