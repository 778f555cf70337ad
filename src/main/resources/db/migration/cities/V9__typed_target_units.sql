-- Target units become the registry's typed units (RegistryUnit). Targets of the type OTHER
-- carried free text such as "% of industrial value" or "million TOE saved": the unit the text
-- starts with becomes the unit and the rest what the figure measures, the value description
-- ("of industrial value", "saved"). A text that starts with no known unit is kept whole as the
-- description, with no unit, so that no text is lost. The spellings below are the registry's
-- codes at this version plus the older spellings found in stored texts; a code or spelling
-- matches in any case when the text ends after it or goes on after a space, the longest first.
alter table climate_target add column value_description varchar(200);

create temporary table unit_spelling (spelling varchar(40) primary key, code varchar(40) not null) on commit drop;

insert into unit_spelling (spelling, code) values
    ('%', '%'),
    ('10^4 CNY', '10^4 CNY'),
    ('CNY', 'CNY'),
    ('GJ/M JPY', 'GJ/M JPY'),
    ('GJ/M USD', 'GJ/M USD'),
    ('GWh', 'GWh'),
    ('JPY', 'JPY'),
    ('KRW', 'KRW'),
    ('M JPY', 'M JPY'),
    ('M MNT', 'M MNT'),
    ('M RUB', 'M RUB'),
    ('M USD', 'M USD'),
    ('MJ/USD', 'MJ/USD'),
    ('MNT', 'MNT'),
    ('MtCO2', 'MtCO2'),
    ('MtCO2e', 'MtCO2e'),
    ('Mtce', 'Mtce'),
    ('Mtoe', 'Mtoe'),
    ('PJ', 'PJ'),
    ('RUB', 'RUB'),
    ('TJ', 'TJ'),
    ('TWh', 'TWh'),
    ('USD', 'USD'),
    ('bn CNY', 'bn CNY'),
    ('bn JPY', 'bn JPY'),
    ('bn KRW', 'bn KRW'),
    ('bn MNT', 'bn MNT'),
    ('bn RUB', 'bn RUB'),
    ('bn USD', 'bn USD'),
    ('ha', 'ha'),
    ('kgCO2e/USD', 'kgCO2e/USD'),
    ('km²', 'km²'),
    ('ktCO2', 'ktCO2'),
    ('ktCO2e', 'ktCO2e'),
    ('million m³', 'million m³'),
    ('million persons', 'million persons'),
    ('m³', 'm³'),
    ('persons', 'persons'),
    ('tCO2', 'tCO2'),
    ('tCO2/10^4 CNY', 'tCO2/10^4 CNY'),
    ('tCO2/cap', 'tCO2/cap'),
    ('tCO2e', 'tCO2e'),
    ('tCO2e/M CNY', 'tCO2e/M CNY'),
    ('tCO2e/M JPY', 'tCO2e/M JPY'),
    ('tCO2e/M KRW', 'tCO2e/M KRW'),
    ('tCO2e/M USD', 'tCO2e/M USD'),
    ('tCO2e/cap', 'tCO2e/cap'),
    ('tce', 'tce'),
    ('tce/10^4 CNY', 'tce/10^4 CNY'),
    ('thousand persons', 'thousand persons'),
    ('tn KRW', 'tn KRW'),
    ('toe', 'toe'),
    ('toe/M KRW', 'toe/M KRW'),
    ('toe/M USD', 'toe/M USD'),
    ('million toe', 'Mtoe'), ('million tce', 'Mtce'), ('percent', '%'), ('per cent', '%');

with match as (
    select t.id, s.code, nullif(btrim(substr(btrim(t.unit), length(s.spelling) + 1)), '') as rest,
           row_number() over (partition by t.id order by length(s.spelling) desc) as n
    from climate_target t
    join unit_spelling s
      on lower(btrim(t.unit)) = lower(s.spelling)
      or left(lower(btrim(t.unit)), length(s.spelling) + 1) = lower(s.spelling) || ' '
    where t.unit is not null)
update climate_target t
   set unit = m.code, value_description = m.rest
  from match m
 where m.id = t.id and m.n = 1 and (t.unit <> m.code or m.rest is not null);

update climate_target
   set value_description = btrim(unit), unit = null
 where unit is not null and unit not in (select code from unit_spelling);
