package org.lccp.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lccp.shared.domain.ActivityFigures;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Peer reviews and studies completed within the period (published in it), and the
 * recommendations whose follow-up was marked implemented in it.
 */
@Component
class ReviewActivityFigures implements ActivityFigures {

	private static final String IN_PERIOD = "(published_at at time zone 'UTC')::date between :from and :to";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ReviewActivityFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Figure> figures(LocalDate from, LocalDate to, Locale reader) {
		var reviews = count("select count(*) from review where status = 'PUBLISHED' and " + IN_PERIOD, from, to);
		var studies = count("select count(*) from review_study where status = 'PUBLISHED' and " + IN_PERIOD, from, to);
		var comparative = count("select count(*) from review_comparative where status = 'PUBLISHED' and " + IN_PERIOD,
				from, to);
		var implemented = count("select count(distinct recommendation_id) from review_follow_up where status = "
				+ "'IMPLEMENTED' and (changed_at at time zone 'UTC')::date between :from and :to", from, to);
		var completed = List.of(new Part(label("review.list.title", reader), reviews, "/reviews"),
				new Part(label("study.list.title", reader), studies, "/studies"),
				new Part(label("comparative.list.title", reader), comparative, "/comparative-studies"));
		return List.of(
				new Figure("reviews.completed", reviews + studies
						+ comparative, completed, "/reviews"),
				new Figure("reviews.recommendationsImplemented", implemented,
						List.of(new Part(label("FollowUpStatus.IMPLEMENTED", reader), implemented,
								"/admin/reviews/open-recommendations")),
						"/admin/reviews/open-recommendations"));
	}

	private long count(String sql, LocalDate from, LocalDate to) {
		return this.jdbc.sql(sql).param("from", from).param("to", to).query(Long.class).single();
	}

	private String label(String key, Locale reader) {
		return this.messages.getMessage(key, null, key, reader);
	}

}
