package org.lccp.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lccp.shared.domain.ActivityFigures;
import org.lccp.shared.i18n.Countries;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members for the secretariat's report: active members at the end of the period by type
 * and by country (members the source documents give no joining date count as members
 * throughout), and the members admitted within the period.
 */
@Component
class MembershipActivityFigures implements ActivityFigures {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	MembershipActivityFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Figure> figures(LocalDate from, LocalDate to, Locale reader) {
		var members = "from institution where status = 'ACTIVE' and (member_since is null or member_since <= :to)";
		var byType = parts("select type as part, count(*) as n " + members + " group by type order by type", from, to,
				(code) -> this.messages.getMessage("InstitutionType." + code, null, code, reader),
				(code) -> "/members?type=" + code);
		var byCountry = parts("select country as part, count(*) as n " + members + " group by country order by country",
				from, to, (code) -> Countries.name(code, reader), (code) -> "/members?country=" + code);
		var total = byType.stream().mapToLong(Part::number).sum();
		var fresh = parts(
				"select type as part, count(*) as n from institution where status = 'ACTIVE' "
						+ "and member_since between :from and :to group by type order by type",
				from, to, (code) -> this.messages.getMessage("InstitutionType." + code, null, code, reader),
				(code) -> "/members?type=" + code);
		return List.of(new Figure("members.byType", total, byType, "/members"),
				new Figure("members.byCountry", total, byCountry, "/members"),
				new Figure("members.new", fresh.stream().mapToLong(Part::number).sum(), fresh, "/members"));
	}

	private List<Part> parts(String sql, LocalDate from, LocalDate to,
			java.util.function.Function<String, String> label, java.util.function.Function<String, String> path) {
		var parts = new ArrayList<Part>();
		this.jdbc.sql(sql)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Part(label.apply(rs.getString("part")), rs.getLong("n"),
					path.apply(rs.getString("part"))))
			.list()
			.forEach(parts::add);
		return parts;
	}

}
