-- City facts are corrected and deleted by editors: optimistic locking like cities and targets.
alter table city_fact add column version bigint not null default 0;
