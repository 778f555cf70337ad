-- Member-State nominations (issue 15): the secretariat appoints a national focal point for one
-- country; the focal point nominates institutions of that country, whose applications enter the
-- ordinary queue marked with the nominating country.
create table national_focal_point (
    account_id   uuid primary key,
    country      varchar(2)  not null,
    appointed_at timestamptz not null,
    appointed_by uuid
);

alter table membership_application add column nominated_by_country varchar(2);
alter table membership_application add column nomination_reason text;
create index membership_application_nominated_idx on membership_application (nominated_by_country)
    where nominated_by_country is not null;
