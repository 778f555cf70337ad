create table mail_message (
    id          uuid primary key,
    recipient   varchar(254) not null,
    subject     varchar(300) not null,
    body        text         not null,
    status      varchar(16)  not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    int          not null default 0,
    last_error  varchar(500)
);
create index mail_message_status_idx on mail_message (status, created_at);
create index mail_message_created_idx on mail_message (created_at desc);
