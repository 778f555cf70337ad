-- The duplicate-check key is the English name after compatibility normalisation, which can
-- be longer than the name itself ("ﬃ" becomes "ffi"), so it is not bounded by the name's width.
alter table institution alter column name_normalised type text;
alter table membership_application alter column name_normalised type text;
