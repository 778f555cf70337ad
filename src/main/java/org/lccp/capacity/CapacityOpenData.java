package org.lccp.capacity;

import java.util.Arrays;
import java.util.List;

import org.lccp.shared.domain.OpenDataTables;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Needs, offers and delivered assistance as tables of the bulk download. Matches appear
 * only once delivered, with their outcome; proposals in progress stay with their sides.
 */
@Component
class CapacityOpenData implements OpenDataTables {

	private final JdbcClient jdbc;

	CapacityOpenData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Table> tables() {
		var needs = new Table("capacity_needs",
				List.of("id", "title", "topics", "sector", "kind", "languages", "country", "wanted_from",
						"wanted_until", "status", "url"),
				(sink) -> this.jdbc.sql("select id, title, array_to_string(topics, ' ') as topics, sector, kind, "
						+ "array_to_string(languages, ' ') as languages, country, wanted_from, wanted_until, status "
						+ "from capacity_need order by created_at, id")
					.query((rs) -> {
						sink.accept(Arrays.asList(rs.getObject("id"), rs.getString("title"), rs.getString("topics"),
								rs.getString("sector"), rs.getString("kind"), rs.getString("languages"),
								rs.getString("country"), rs.getObject("wanted_from"), rs.getObject("wanted_until"),
								rs.getString("status"), "/capacity/needs/" + rs.getObject("id")));
					}));
		var offers = new Table("capacity_offers",
				List.of("id", "title", "provider", "topics", "kinds", "languages", "countries", "available_from",
						"available_until", "cost_shared", "status", "url"),
				(sink) -> this.jdbc
					.sql("select id, title, provider, array_to_string(topics, ' ') as topics, "
							+ "array_to_string(kinds, ' ') as kinds, array_to_string(languages, ' ') as languages, "
							+ "array_to_string(countries, ' ') as countries, available_from, available_until, "
							+ "cost_shared, status from capacity_offer order by created_at, id")
					.query((rs) -> {
						sink.accept(Arrays.asList(rs.getObject("id"), rs.getString("title"), rs.getString("provider"),
								rs.getString("topics"), rs.getString("kinds"), rs.getString("languages"),
								rs.getString("countries"), rs.getObject("available_from"),
								rs.getObject("available_until"), rs.getBoolean("cost_shared"), rs.getString("status"),
								"/capacity/offers/" + rs.getObject("id")));
					}));
		var delivered = new Table("capacity_assistance_delivered",
				List.of("match_id", "need_id", "offer_id", "expert_id", "provider", "gathering_id", "planned_on",
						"participants", "outcome", "changes", "rating", "delivered_at"),
				(sink) -> this.jdbc
					.sql("select m.id, m.need_id, m.offer_id, m.expert_id, coalesce(o.title, m.provider_name) as provider, "
							+ "m.gathering_id, m.planned_on, m.participants, m.outcome, m.changes, m.feedback_score, "
							+ "m.delivered_at from capacity_match m left join capacity_offer o on o.id = m.offer_id "
							+ "where m.status = 'DELIVERED' order by m.delivered_at, m.id")
					.query((rs) -> {
						sink.accept(Arrays.asList(rs.getObject("id"), rs.getObject("need_id"), rs.getObject("offer_id"),
								rs.getObject("expert_id"), rs.getString("provider"), rs.getObject("gathering_id"),
								rs.getObject("planned_on"), rs.getObject("participants"), rs.getString("outcome"),
								rs.getString("changes"), rs.getObject("feedback_score"), rs.getObject("delivered_at")));
					}));
		return List.of(needs, offers, delivered);
	}

}
