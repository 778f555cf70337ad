-- A match pairs a need with an offer or with an expert of the roster (one of the two);
-- the expert's account and name are kept with the match so that it reads the same if the
-- roster entry changes later. Outcomes gain feedback, what changed and evidence; a need
-- may come from a peer-review recommendation or an analytical study (ids of the review
-- module, checked there when the assistance is delivered). reminded_at keeps reminders
-- of unanswered proposals to one.
alter table capacity_match alter column offer_id drop not null;
alter table capacity_match add column expert_id uuid;
alter table capacity_match add column expert_account uuid;
alter table capacity_match add column provider_name varchar(200);
alter table capacity_match add constraint capacity_match_one_side check ((offer_id is null) <> (expert_id is null));
create unique index capacity_match_expert_once on capacity_match (need_id, expert_id) where expert_id is not null;

alter table capacity_match add column feedback text;
alter table capacity_match add column feedback_score smallint check (feedback_score between 1 and 5);
alter table capacity_match add column changes text;
alter table capacity_match add column evidence_url varchar(500);
alter table capacity_match add column reminded_at timestamptz;

alter table capacity_need add column recommendation_id bigint;
alter table capacity_need add column study_id uuid;
