-- Tools and methods (issue 16): provider, link and acronym use the network columns (led_by, website,
-- acronym); what a tool costs and the languages it works in are its own. Both stay empty when no
-- source states them.
alter table knowledge_item add column tool_cost varchar(30);
alter table knowledge_item add column tool_languages varchar(100);
alter table knowledge_item add constraint knowledge_item_tool_cost
    check (tool_cost is null or tool_cost in ('FREE', 'FREE_WITH_REGISTRATION', 'PAID', 'ON_REQUEST'));
