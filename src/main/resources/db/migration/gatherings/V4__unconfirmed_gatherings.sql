-- A gathering a source only proposes (e.g. the 2020 virtual workshop on Ulan-Ude and Irkutsk) is
-- recorded, but marked so that its date is not read as a meeting that took place.
alter table gathering add column unconfirmed boolean not null default false;
