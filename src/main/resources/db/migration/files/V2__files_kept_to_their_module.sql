-- Files whose module serves them under its own visibility rules (a draft review's plan
-- documents and evidence): the shared download address gives them only to their uploader
-- and the secretariat, never to roles that read other modules' unpublished files.
alter table stored_file add column kept_to_module boolean not null default false;
