-- Progress against the pathway: the latest inventory against the emission pathway of the city's next
-- target, as the pathways module draws it. Descriptive at first (weight 0), so the index's weights
-- still sum to 100 and past indices read the same; a reader may weight it on the page.
insert into benchmarking_indicator (id, system_id, code, position, name_en, name_zh, name_ja, name_ko, name_ru, name_mn,
    definition, unit, direction, sector, category, level, computation, formula, weight, reference_value) values
('6b1f0c1e-0000-4000-8000-000000000114', '6b1f0c1e-0000-4000-8000-000000000001', 'PATHWAY_GAP', 14,
 'Gap to the target pathway', '与目标路径的差距', '目標経路との差', '목표 경로와의 격차', 'Отклонение от траектории цели', 'Зорилтын замнадаас хазайлт',
 'BASIC total of the latest published inventory minus what the emission pathway of the city''s next target allows in that year (the earliest target year not before the inventory, else the latest target), in per cent of what the pathway allows; positive is above the path.',
 '%', 'LOWER', null, 'Targets', 'SUPPORTING', 'PATHWAY_GAP', null, 0, null);
