-- The lists of published items (hub, feeds, open-data API) are read a page at a time in one of three
-- orders; with an index per order PostgreSQL walks to the page instead of sorting every item of the kind
-- (bench/scale/growth.sh: 36-44 times slower at 100,000 items than at 1,000 without them). The id that
-- breaks ties stays ascending in every order; PostgreSQL sorts the few ties incrementally. The date index
-- ends with the id so that the total of a list is counted from the index alone.
create index knowledge_item_by_date_idx on knowledge_item (kind, status, published_on desc, first_published_at desc, id);
create index knowledge_item_by_year_idx on knowledge_item (kind, status, year desc, period_from desc);
create index knowledge_item_by_update_idx on knowledge_item (kind, status, updated_at desc);
