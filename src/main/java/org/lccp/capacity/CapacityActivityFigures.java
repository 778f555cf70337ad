package org.lccp.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lccp.shared.domain.ActivityFigures;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Capacity building and technical assistance for the secretariat's report: matches
 * proposed within the period by where they stand now, matches delivered within it by the
 * kind of assistance, and each delivered match with its participants, linked to the need
 * it served (where the outcome is recorded).
 */
@Component
class CapacityActivityFigures implements ActivityFigures {

	private static final String DELIVERED = "from capacity_match m join capacity_need n on n.id = m.need_id "
			+ "where m.status = 'DELIVERED' and (m.delivered_at at time zone 'UTC')::date between :from and :to";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	CapacityActivityFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Figure> figures(LocalDate from, LocalDate to, Locale reader) {
		var proposed = this.jdbc
			.sql("select status, count(*) as n from capacity_match where (proposed_at at time zone 'UTC')::date "
					+ "between :from and :to group by status order by status")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Part(label("capacity.matchStatus." + rs.getString("status"), reader),
					rs.getLong("n"), "/capacity"))
			.list();
		var byKind = this.jdbc.sql("select n.kind, count(*) as n " + DELIVERED + " group by n.kind order by n.kind")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Part(label("capacity.kind." + rs.getString("kind"), reader), rs.getLong("n"),
					"/capacity"))
			.list();
		var outcomes = this.jdbc
			.sql("select n.id, n.title, coalesce(m.participants, 0) as p " + DELIVERED
					+ " order by m.delivered_at, n.id")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Part(rs.getString("title"), rs.getLong("p"),
					"/capacity/needs/" + rs.getString("id")))
			.list();
		return List.of(
				new Figure("capacity.proposed", proposed.stream().mapToLong(Part::number).sum(), proposed, "/capacity"),
				new Figure("capacity.delivered", byKind.stream().mapToLong(Part::number).sum(), byKind, "/capacity"),
				new Figure("capacity.participants", outcomes.stream().mapToLong(Part::number).sum(), outcomes,
						"/capacity"));
	}

	private String label(String key, Locale reader) {
		return this.messages.getMessage(key, null, key, reader);
	}

}
