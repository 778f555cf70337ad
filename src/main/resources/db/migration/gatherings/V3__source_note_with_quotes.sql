-- A gathering recorded from the documents quotes the passages its dates and figures come from,
-- which does not fit in 500 characters.
alter table gathering alter column source_note type text;
