-- A proposed reviewer is invited and works on the review only once they accept (by the
-- link in their invitation mail).
alter table review_member add column status varchar(16) not null default 'INVITED';

-- Conflicts of interest a person declared about a city; they keep the person off every
-- review of that city, not only the one they were invited to.
create table review_conflict (
    account_id  uuid          not null,
    city_id     uuid          not null,
    reason      varchar(1000) not null,
    declared_at timestamptz   not null,
    primary key (account_id, city_id)
);

-- The host city's objection to a proposed reviewer; the person leaves the team and may
-- not be proposed again for this review.
create table review_objection (
    review_id   uuid          not null references review (id) on delete cascade,
    account_id  uuid          not null,
    reason      varchar(1000) not null,
    created_at  timestamptz   not null,
    primary key (review_id, account_id)
);
