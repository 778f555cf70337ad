package org.lccp.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.domain.PastWork;
import org.lccp.shared.i18n.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published items an account contributed, for the expert roster: the title in the
 * reader's language when translated, else in the original.
 */
@Component
class KnowledgePastWork implements PastWork {

	private final JdbcClient jdbc;

	KnowledgePastWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Item> of(UUID accountId, Locale reader) {
		return this.jdbc
			.sql("select i.id, i.kind, coalesce(r.title, o.title) as title, "
					+ "coalesce(i.year, extract(year from i.first_published_at)::int) as year from knowledge_item i "
					+ "join knowledge_translation o on o.item_id = i.id and o.language = i.original_language "
					+ "left join knowledge_translation r on r.item_id = i.id and r.language = :reader "
					+ "where i.author_id = :account and i.status = 'PUBLISHED' order by year desc nulls last, i.id")
			.param("account", accountId)
			.param("reader", Language.of(reader).code())
			.query((rs, row) -> new Item("knowledge.pastWork.item", rs.getString("title"),
					"/" + ContentKind.valueOf(rs.getString("kind")).path() + "/" + rs.getObject("id", UUID.class),
					rs.getObject("year", Integer.class)))
			.list();
	}

}
