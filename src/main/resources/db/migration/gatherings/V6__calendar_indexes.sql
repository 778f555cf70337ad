-- Indexes that let the calendar and its API read one page of gatherings whatever the table's size
-- (issue 17, growth). The calendar orders by start and title: with both in one index a page is the
-- first rows of a range scan. The single-column start index is its prefix and goes.
create index gathering_starts_title_idx on gathering (starts_at, title);
drop index gathering_starts_idx;
-- Counts of upcoming and past gatherings read this index alone (index-only scan), not the table.
create index gathering_ends_starts_idx on gathering (ends_at, starts_at);
-- The longest duration bounds where upcoming gatherings can start (one probe for max()).
create index gathering_duration_idx on gathering ((ends_at - starts_at));
-- The calendar's country choice: one probe per country instead of reading every gathering.
create index gathering_venue_country_idx on gathering (venue_country);
