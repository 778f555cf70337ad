-- Request counters need no crash safety: without the write-ahead log an API request no longer waits
-- for a disk flush to count itself (a crash empties the table, which only resets the limits).
alter table api_rate_bucket set unlogged;
