package org.lccp.gatherings;

import org.junit.jupiter.api.Test;
import org.lccp.shared.demo.DemoDatasets;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo gatherings load once, cite their source documents and carry the figures the
 * documents report.
 */
@LccpTest
class GatheringsDemoDataTest {

	@Autowired
	DemoDatasets datasets;

	@Autowired
	GatheringProgramme gatherings;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	@Test
	void loadsTheDocumentedGatheringsOnceWithTheirSourcesAndFigures() {
		var loader = new GatheringsDemoData(this.datasets, this.gatherings, this.transactions, this.clock);
		loader.run(null);
		loader.run(null);
		assertThat(count("title like '%International Forum on Low Carbon Cities'")).isEqualTo(4);
		// Other tests share the database; the demo records are those citing a source.
		assertThat(count("source_note like 'Demo data derived from public documents: %seeds/%'")).isEqualTo(20);
		assertThat(count("demo = true and source_note like 'Invented demo gathering%'")).isEqualTo(2);
		assertThat(count("demo = true and starts_at > now()")).isEqualTo(2);
		assertThat(this.jdbc.queryForMap(
				"""
						select reported_in_person, reported_online, to_char(starts_at at time zone time_zone, 'YYYY-MM-DD') as day
						from gathering where title = '2nd International Forum on Low Carbon Cities'"""))
			.containsEntry("reported_in_person", 150)
			.containsEntry("reported_online", 300)
			.containsEntry("day", "2022-12-06");
		assertThat(this.jdbc.queryForMap(
				"select reported_in_person, reported_online from gathering where title = '3rd International Forum on Low Carbon Cities'"))
			.containsEntry("reported_in_person", 200)
			.containsEntry("reported_online", 120);
		assertThat(count("title like '5th International Forum%' and format = 'HYBRID' and venue_city = 'Bangkok'"))
			.isEqualTo(1);
		assertThat(count("type = 'SENIOR_OFFICIALS_MEETING'")).isEqualTo(7);
		// The workshop the 2020 note only proposes is not shown as held; those that only
		// took part are not listed as partners.
		assertThat(count("title like 'Proposed virtual workshop%(not confirmed as held)' and unconfirmed"))
			.isEqualTo(1);
		assertThat(count("unconfirmed and source_note like '%seeds/%'")).isEqualTo(1);
		assertThat(count("title = '2nd International Forum on Low Carbon Cities' and partners is null")).isEqualTo(1);
		assertThat(count("title = 'First North-East Asian Mayors'' Forum' and partners is null")).isEqualTo(1);

		var visitor = new WebSession(this.port);
		var past = visitor.get("/gatherings?when=past&country=KR&type=FORUM&size=50");
		assertThat(past.status()).isEqualTo(200);
		assertThat(past.mainText()).contains("2nd International Forum on Low Carbon Cities")
			.contains("Participants as reported: 150 in person, 300 online");
		for (var id : this.jdbc.queryForList("select id from gathering where source_note like '%seeds/%'",
				java.util.UUID.class)) {
			var page = visitor.get("/gatherings/" + id + "?lang=ru");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.mainText()).contains("seeds/");
		}
		assertThat(visitor.get("/gatherings").mainText()).contains("(demo)");
		var proposed = this.jdbc.queryForObject(
				"select id from gathering where unconfirmed and source_note like '%seeds/%'", java.util.UUID.class);
		assertThat(visitor.get("/gatherings/" + proposed + "?lang=zh").html().select(".badge.unconfirmed").text())
			.isEqualTo("仅为提议——未确认是否举行");
		assertThat(visitor.get("/gatherings/feed.rss").status()).isEqualTo(200);
		assertThat(visitor.get("/gatherings/calendar.ics").body()).contains("SUMMARY:5th International Forum");
	}

	private Integer count(String where) {
		return this.jdbc.queryForObject("select count(*) from gathering where " + where, Integer.class);
	}

}
