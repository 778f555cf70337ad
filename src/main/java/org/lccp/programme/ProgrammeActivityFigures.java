package org.lccp.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lccp.shared.domain.ActivityFigures;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programme's own figures for a report: the work-plan items of the years the period
 * touches by where they stand.
 */
@Component
class ProgrammeActivityFigures implements ActivityFigures {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ProgrammeActivityFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Figure> figures(LocalDate from, LocalDate to, Locale reader) {
		var byStatus = this.jdbc
			.sql("select status, count(*) as n from programme_workplan_item where year between :from and :to "
					+ "group by status order by status")
			.param("from", from.getYear())
			.param("to", to.getYear())
			.query((rs,
					row) -> new Part(this.messages.getMessage("programme.workplan.status." + rs.getString("status"),
							null, reader), rs.getLong("n"), "/work-plan?year=" + to.getYear()))
			.list();
		return List.of(new Figure("workplan.status", byStatus.stream().mapToLong(Part::number).sum(), byStatus,
				"/work-plan?year=" + to.getYear()));
	}

}
