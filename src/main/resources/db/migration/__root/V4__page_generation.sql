-- Advanced by a node after each committed change of records; every node reads it to drop
-- the anonymous pages it has cached (shared.web.ContentChanges). A sequence, not a row:
-- advancing it takes no lock and is never rolled back.
create sequence page_generation;
