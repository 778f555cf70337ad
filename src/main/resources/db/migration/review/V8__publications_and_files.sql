-- A published review, comparative study or public analytical study becomes a publication
-- of the knowledge hub; the id links the two both ways.
alter table review add column publication_id uuid;
alter table review_study add column publication_id uuid;
alter table review_comparative add column publication_id uuid;

-- Files uploaded to a review (request documents, evidence of the city's self-assessment
-- and of a reviewer's assessment) or to a study (the experts' document). The file store
-- keeps the content; this says whose it is and who may read it. A reviewer's private file
-- is for the team and the secretariat only, like a private note.
create table review_file (
    file_id     uuid primary key,
    review_id   uuid references review (id) on delete cascade,
    study_id    uuid references review_study (id) on delete cascade,
    purpose     varchar(16)  not null check (purpose in ('REQUEST', 'SELF', 'ASSESSMENT', 'STUDY')),
    position    integer,
    account_id  uuid         not null,
    private     boolean      not null default false,
    name        varchar(300) not null,
    created_at  timestamptz  not null,
    check ((review_id is null) <> (study_id is null))
);
create index review_file_review on review_file (review_id);
create index review_file_study on review_file (study_id);
