-- One optional attachment per mail (e.g. the iCal file of a gathering registration).
alter table mail_message
    add column attachment_name    varchar(200),
    add column attachment_type    varchar(100),
    add column attachment_content bytea;
