package org.lccp.review.demo;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.DemoDataOn;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo reviews: the pilot reviews of the NEASPEC documents as historical records
 * linked both ways to their workshops, with nothing the documents do not say, and one
 * open review labelled demo that only its parties and the secretariat see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, DemoDataOn.class })
class ReviewDemoDataTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Test
	void thePilotReviewsAreHistoricalRecordsLinkedToTheirWorkshopsWithNothingInvented() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from review where historical and source_note like '%seeds/003%' and status = 'PUBLISHED'",
				Long.class))
			.isEqualTo(5);
		// the documents give no scores or recommendations for them
		assertThat(this.jdbc.queryForObject("select count(*) from review_recommendation r join review v"
				+ " on v.id = r.review_id where v.historical", Long.class))
			.isZero();
		var visitor = new WebSession(this.port);
		var list = visitor.get("/reviews").html();
		assertThat(list.select("tbody th a").eachText()).contains("Wuhan", "Guangzhou", "Gwangju", "Ulan-Ude",
				"Irkutsk");
		var gwangjuId = this.jdbc.queryForObject(
				"select r.id::text from review r where r.historical and r.held =" + " 'October 2019'", String.class);
		var gwangju = visitor.get("/reviews/" + gwangjuId).html();
		assertThat(gwangju.text()).contains("UCMS").contains("Carbon Bank").contains("GPD");
		var workshop = gwangju.select("a[href^=/gatherings/]").attr("href");
		assertThat(workshop).isNotEmpty();
		assertThat(visitor.get(workshop).html().select("a[href=/reviews/" + gwangjuId + "]")).hasSize(1);
		var comparative = visitor.get("/comparative-studies").html().select("ul.comparatives a");
		assertThat(comparative.text()).contains("China, Japan and the Republic of Korea");
		var study = visitor.get(comparative.attr("href")).html();
		assertThat(study.select(".comparative-chapter")).hasSize(3);
		assertThat(study.text()).contains("IGES").contains("KEI").contains("seeds/003");
		var api = visitor.get("/api/v1/reviews/" + gwangjuId, "Accept", "application/json").body();
		assertThat(api).contains("\"historical\":true").contains("\"held\":\"October 2019\"");
	}

	@Test
	void theOpenDemoReviewIsLabelledAndHiddenFromThePublic() {
		var demoId = this.jdbc.queryForObject("select id::text from review where demo and status = 'IN_REVIEW'",
				String.class);
		assertThat(new WebSession(this.port).get("/reviews/" + demoId).status()).isEqualTo(404);
		var secretary = new TestAccounts(this.accountManagement).create("Demo test secretary", Role.SECRETARIAT);
		var page = new WebSession(this.port).login(secretary.email(), secretary.password()).get("/reviews/" + demoId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".demo-label")).hasSize(1);
		assertThat(page.html().select(".review-criteria tbody tr")).hasSize(6);
	}

}
