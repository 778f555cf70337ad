-- When the host city was last reminded to update a recommendation's follow-up.
alter table review_recommendation add column reminded_at timestamptz;
