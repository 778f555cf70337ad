-- Knowledge products the secretariat compiles from published items (issue 16): each edition of the
-- compendium of best practices (case studies) or of the booklet on city networks, with what it was
-- built from, kept for good; the publication that carries it in the hub links back here.
create table knowledge_edition (
    id              uuid primary key,
    product         varchar(20)  not null check (product in ('COMPENDIUM', 'BOOKLET')),
    number          integer      not null check (number > 0),
    language        varchar(2)   not null,
    title           varchar(300) not null,
    foreword        text,
    -- category code -> introduction, as the editor wrote them
    introductions   jsonb        not null default '{}'::jsonb,
    items           uuid[]       not null,
    -- items shown in their original language because they have no version in this one
    fallback_items  integer      not null default 0,
    publication_id  uuid         not null references knowledge_item (id),
    pdf_file_id     uuid         not null,
    docx_file_id    uuid         not null,
    pdf_millis      integer      not null,
    created_by      varchar(320) not null,
    created_at      timestamptz  not null,
    unique (product, number)
);
