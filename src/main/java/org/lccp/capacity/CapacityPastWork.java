package org.lccp.capacity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.domain.PastWork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assistance an account delivered, for the expert roster: matches of its offers, or of
 * the account as a listed expert, that reached delivery, named by the need they served.
 */
@Component
class CapacityPastWork implements PastWork {

	private final JdbcClient jdbc;

	CapacityPastWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Item> of(UUID accountId, Locale reader) {
		return this.jdbc
			.sql("select n.id, n.title, extract(year from m.delivered_at)::int as year from capacity_match m "
					+ "join capacity_need n on n.id = m.need_id left join capacity_offer o on o.id = m.offer_id "
					+ "where coalesce(m.expert_account, o.posted_by) = :account and m.status = 'DELIVERED' "
					+ "order by m.delivered_at desc")
			.param("account", accountId)
			.query((rs, row) -> new Item("capacity.pastWork.assistance", rs.getString("title"),
					"/capacity/needs/" + rs.getObject("id", UUID.class), rs.getObject("year", Integer.class)))
			.list();
	}

}
