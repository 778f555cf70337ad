package org.lccp.review;

import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A stable address for one recommendation, which other modules link to by its id (a
 * capacity-building need started from it): it leads to the recommendation on its review's
 * page. Recommendations of reviews not yet published are found only by the secretariat.
 */
@Controller
class RecommendationLinks {

	private final JdbcClient jdbc;

	RecommendationLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/reviews/recommendations/{id}")
	String recommendation(@PathVariable long id) {
		var review = this.jdbc
			.sql("select r.id, r.status from review_recommendation rec join review r on r.id = rec.review_id "
					+ "where rec.id = :id")
			.param("id", id)
			.query((rs, n) -> new Object[] { rs.getObject(1, java.util.UUID.class), rs.getString(2) })
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		if (!"PUBLISHED".equals(review[1]) && !CurrentUser.has(Role.SECRETARIAT)) {
			throw new ReviewNotFoundException();
		}
		return "redirect:/reviews/" + review[0] + "#recommendation-" + id;
	}

}
