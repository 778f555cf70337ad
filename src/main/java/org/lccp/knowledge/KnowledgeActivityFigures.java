package org.lccp.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lccp.shared.domain.ActivityFigures;
import org.lccp.shared.i18n.Language;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Knowledge items published within the period (a publication on its own publishing date,
 * any other item on the day it was first published on the platform), by kind and by the
 * language it was written in; only items still published count.
 */
@Component
class KnowledgeActivityFigures implements ActivityFigures {

	private static final String PUBLISHED = "from knowledge_item where status = 'PUBLISHED' and "
			+ "coalesce(published_on, (first_published_at at time zone 'UTC')::date) between :from and :to";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	KnowledgeActivityFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Figure> figures(LocalDate from, LocalDate to, Locale reader) {
		var byKind = this.jdbc.sql("select kind, count(*) as n " + PUBLISHED + " group by kind order by kind")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				var kind = ContentKind.valueOf(rs.getString("kind"));
				return new Part(this.messages.getMessage("knowledge.kinds." + kind.name(), null, kind.name(), reader),
						rs.getLong("n"), "/" + kind.path());
			})
			.list();
		var byLanguage = this.jdbc
			.sql("select original_language as l, count(*) as n " + PUBLISHED
					+ " group by original_language order by original_language")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				var code = rs.getString("l");
				return new Part(Language.fromCode(code).map(Language::nativeName).orElse(code), rs.getLong("n"),
						"/search?original=" + code);
			})
			.list();
		var total = byKind.stream().mapToLong(Part::number).sum();
		return List.of(new Figure("knowledge.byKind", total, byKind, "/search?sort=date"),
				new Figure("knowledge.byLanguage", total, byLanguage, "/search?sort=date"));
	}

}
