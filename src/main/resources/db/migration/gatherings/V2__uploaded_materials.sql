-- Outcome material and session documents may be uploaded files (module files) instead of links.
alter table gathering_material add column file_id uuid;
alter table gathering_material alter column url drop not null;
alter table gathering_material add constraint gathering_material_link_or_file
    check ((url is not null) <> (file_id is not null));
alter table gathering_session add column document_file_id uuid;
