-- Uploaded files: the content lives in the folder lccp.files.directory under storage_key, never under
-- the name the uploader gave it.
create table stored_file (
    id           uuid primary key,
    name         varchar(300) not null,
    media_type   varchar(150) not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    sha256       varchar(64)  not null,
    storage_key  varchar(100) not null unique,
    visible      boolean      not null default false,
    owner_id     uuid,
    -- The preview picture of this file, itself a stored file, made on first request.
    thumbnail_id uuid references stored_file (id) on delete set null,
    -- Set on a preview picture: the file it shows.
    preview_of   uuid references stored_file (id) on delete cascade,
    created_at   timestamptz  not null
);
create index stored_file_owner_idx on stored_file (owner_id);
create index stored_file_preview_idx on stored_file (preview_of);
