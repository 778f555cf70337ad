package org.lccp.gatherings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lccp.shared.domain.ActivityFigures;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gatherings held within the period (started in it and over by now; those a source only
 * proposes are left out) by type, and their participants in person and online: the
 * figures the organisers reported, or else the participants checked in.
 */
@Component
class GatheringActivityFigures implements ActivityFigures {

	private static final String HELD = "from gathering g where not g.unconfirmed and g.ends_at < now() "
			+ "and (g.starts_at at time zone 'UTC')::date between :from and :to";

	private static final String CHECKED_IN = "(select count(*) from gathering_registration r where "
			+ "r.gathering_id = g.id and r.mode = '%s' and r.checked_in_at is not null)";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	GatheringActivityFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Figure> figures(LocalDate from, LocalDate to, Locale reader) {
		var byType = this.jdbc.sql("select g.type, count(*) as n " + HELD + " group by g.type order by g.type")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> {
				var type = rs.getString("type");
				return new Part(this.messages.getMessage("GatheringType." + type, null, type, reader), rs.getLong("n"),
						"/gatherings?when=past&type=" + type);
			})
			.list();
		var people = this.jdbc
			.sql("select coalesce(sum(coalesce(g.reported_in_person, " + CHECKED_IN.formatted("IN_PERSON")
					+ ")), 0) as present, coalesce(sum(coalesce(g.reported_online, " + CHECKED_IN.formatted("ONLINE")
					+ ")), 0) as online " + HELD)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new long[] { rs.getLong("present"), rs.getLong("online") })
			.single();
		var participants = List.of(
				new Part(this.messages.getMessage("AttendanceMode.IN_PERSON", null, "IN_PERSON", reader), people[0],
						"/gatherings?when=past"),
				new Part(this.messages.getMessage("AttendanceMode.ONLINE", null, "ONLINE", reader), people[1],
						"/gatherings?when=past"));
		return List.of(
				new Figure("gatherings.held", byType.stream().mapToLong(Part::number).sum(), byType,
						"/gatherings?when=past"),
				new Figure("gatherings.participants", people[0] + people[1], participants, "/gatherings?when=past"));
	}

}
