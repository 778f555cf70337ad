package org.lccp.knowledge;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.lccp.identity.AccountManagement;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item keeps the name of each city it is about, so that its page still reads well when
 * a city is no longer in the registry (found by the growth benchmark: the page answered
 * 500 because the failed lookup spoiled the page's transaction).
 */
@LccpTest
class ItemOfAGoneCityTest {

	@LocalServerPort
	int port;

	@Autowired
	Editorial editorial;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anItemAboutACityNoLongerInTheRegistryShowsTheNameItKept() {
		var id = new TestItems(this.editorial, this.accounts)
			.caseStudy("en", "District heating in a city since merged", "<p>Heat from a waste plant.</p>")
			.country("RU")
			.publish();
		this.jdbc.update("insert into knowledge_item_city (item_id, city_id, city_name) values (?, ?, ?)", id,
				UUID.randomUUID(), "Old Atlantis");

		var page = new WebSession(this.port).get("/case-studies/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("District heating in a city since merged").contains("Old Atlantis");
		var api = new WebSession(this.port).get("/api/v1/case-studies/" + id, "Accept", "application/json");
		assertThat(api.status()).as(api.body()).isEqualTo(200);
	}

}
