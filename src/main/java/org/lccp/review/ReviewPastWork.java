package org.lccp.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.cities.CitiesManagement;
import org.lccp.shared.domain.PastWork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reviews and studies an account worked on, for the expert roster: published reviews on
 * whose team it served (after accepting the invitation) and analytical studies it
 * delivered that the city published for everyone. Drafts and members-only studies never
 * appear.
 */
@Component
class ReviewPastWork implements PastWork {

	private final JdbcClient jdbc;

	private final CitiesManagement cities;

	ReviewPastWork(JdbcClient jdbc, CitiesManagement cities) {
		this.jdbc = jdbc;
		this.cities = cities;
	}

	@Override
	public List<Item> of(UUID accountId, Locale reader) {
		var out = new ArrayList<Item>();
		this.jdbc
			.sql("select r.id, r.city_id, extract(year from r.published_at)::int as year from review r "
					+ "join review_member m on m.review_id = r.id where m.account_id = :account "
					+ "and m.status = 'ACCEPTED' and r.status = 'PUBLISHED' order by r.published_at desc")
			.param("account", accountId)
			.query((rs) -> {
				out.add(new Item("experts.pastWork.review", cityName(rs.getObject("city_id", UUID.class), reader),
						"/reviews/" + rs.getObject("id", UUID.class), rs.getObject("year", Integer.class)));
			});
		this.jdbc
			.sql("select s.id, s.city_id, extract(year from s.published_at)::int as year from review_study s "
					+ "join review_study_expert e on e.study_id = s.id where e.account_id = :account "
					+ "and s.status = 'PUBLISHED' and s.visibility = 'PUBLIC' order by s.published_at desc")
			.param("account", accountId)
			.query((rs) -> {
				out.add(new Item("experts.pastWork.study", cityName(rs.getObject("city_id", UUID.class), reader),
						"/studies/" + rs.getObject("id", UUID.class), rs.getObject("year", Integer.class)));
			});
		return out;
	}

	private String cityName(UUID city, Locale reader) {
		return this.cities.city(city).name(reader);
	}

}
