-- A member listed from the source documents has no joining date when the documents give none;
-- the date is left empty rather than invented (members admitted on the platform always have one).
alter table institution alter column member_since drop not null;
