package org.lccp.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lccp.shared.domain.ActivityFigures;
import org.lccp.shared.i18n.Countries;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programme's own figures for a report: the work-plan items of the years the period
 * touches by where they stand, projects running in the period by funder, contributions
 * received in it by kind, and standing offers to host a forum in the period or the year
 * after, by member State.
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
		var projects = this.jdbc
			.sql("select funder, count(*) as n from programme_project where period_from <= :to and "
					+ "(period_to is null or period_to >= :from) group by funder order by funder")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Part(rs.getString("funder"), rs.getLong("n"), "/projects#projects"))
			.list();
		var contributions = this.jdbc
			.sql("select kind, count(*) as n from programme_contribution where contributed_on between :from and :to "
					+ "group by kind order by kind")
			.param("from", from)
			.param("to", to)
			.query((rs,
					row) -> new Part(this.messages.getMessage("programme.contributions.kind." + rs.getString("kind"),
							null, reader), rs.getLong("n"), "/projects#ledger"))
			.list();
		var offers = this.jdbc
			.sql("select country, count(*) as n from programme_host_offer where year between :from and :to "
					+ "and status <> 'WITHDRAWN' group by country order by country")
			.param("from", from.getYear())
			.param("to", to.getYear() + 1)
			.query((rs, row) -> new Part(Countries.name(rs.getString("country"), reader), rs.getLong("n"),
					"/projects#hosting"))
			.list();
		return List.of(new Figure("workplan.status", sum(byStatus), byStatus, "/work-plan?year=" + to.getYear()),
				new Figure("projects.active", sum(projects), projects, "/projects#projects"),
				new Figure("contributions.byKind", sum(contributions), contributions, "/projects#ledger"),
				new Figure("hosting.offers", sum(offers), offers, "/projects#hosting"));
	}

	private static long sum(List<Part> parts) {
		return parts.stream().mapToLong(Part::number).sum();
	}

}
