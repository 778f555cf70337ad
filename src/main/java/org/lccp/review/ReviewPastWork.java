package org.lccp.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.cities.CityDirectory;
import org.lccp.shared.domain.PastWork;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reviews and studies an account worked on, for the expert roster: published reviews it
 * was an accepted reviewer of, and analytical studies published for everyone that it
 * wrote as an expert. Drafts and members-only studies are never listed.
 */
@Component
class ReviewPastWork implements PastWork {

	private final JdbcClient db;

	private final CityDirectory cities;

	private final MessageSource texts;

	ReviewPastWork(JdbcClient db, CityDirectory cities, MessageSource texts) {
		this.db = db;
		this.cities = cities;
		this.texts = texts;
	}

	@Override
	public List<Item> of(UUID accountId, Locale reader) {
		var items = new ArrayList<Item>();
		this.db
			.sql("select r.id, r.city_id, extract(year from r.published_at)::int from review r join review_member m"
					+ " on m.review_id = r.id where m.account_id = :a and m.status = 'ACCEPTED'"
					+ " and r.status = 'PUBLISHED' order by r.published_at desc")
			.param("a", accountId)
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getObject(3, Integer.class) })
			.list()
			.forEach((row) -> items.add(new Item("review.pastWork.review",
					this.texts.getMessage("review.page.title",
							new Object[] { this.cities.city((UUID) row[1]).name(reader) }, reader),
					"/reviews/" + row[0], (Integer) row[2])));
		this.db
			.sql("select s.id, s.city_id, extract(year from s.published_at)::int from review_study s join"
					+ " review_study_expert e on e.study_id = s.id where e.account_id = :a and s.status = 'PUBLISHED'"
					+ " and s.visibility = 'PUBLIC' order by s.published_at desc")
			.param("a", accountId)
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getObject(3, Integer.class) })
			.list()
			.forEach((row) -> items.add(new Item("review.pastWork.study",
					this.texts.getMessage("study.page.title",
							new Object[] { this.cities.city((UUID) row[1]).name(reader) }, reader),
					"/studies/" + row[0], (Integer) row[2])));
		return items;
	}

}
