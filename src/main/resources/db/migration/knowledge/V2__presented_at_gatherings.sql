-- Case studies presented at a gathering of the platform, linked to the gathering's record.
create table knowledge_item_gathering (
    item_id         uuid         not null references knowledge_item (id) on delete cascade,
    gathering_id    uuid         not null,
    gathering_title varchar(300) not null,
    primary key (item_id, gathering_id)
);
create index knowledge_item_gathering_idx on knowledge_item_gathering (gathering_id);
