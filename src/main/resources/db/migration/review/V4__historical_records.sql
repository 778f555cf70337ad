-- Reviews held before the platform (kept as records of what the NEASPEC documents say:
-- when, co-organisers, tools discussed, the workshop) and demo reviews, labelled as such.
-- A historical record may lack what the documents do not say, so those fields may be empty.
alter table review alter column requested_by drop not null;
alter table review alter column scope drop not null;
alter table review alter column languages drop not null;
alter table review add column historical boolean not null default false;
alter table review add column demo boolean not null default false;
alter table review add column held varchar(100);
alter table review add column notes text;
alter table review add column source_note text;
alter table review add column gathering_id uuid;
create index review_gathering on review (gathering_id);
