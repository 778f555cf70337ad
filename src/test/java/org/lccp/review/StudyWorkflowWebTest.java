package org.lccp.review;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analytical study for a newcomer city over HTTP: interest and baseline, experts
 * assigned by the secretariat, delivery, the city's comment and choice of readers,
 * publication; who sees it at each step.
 */
@LccpTest
class StudyWorkflowWebTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcClient db;

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	@Test
	void aNewcomerCityGetsAStudyPublishedForMembersOnlyAsItChose() {
		var city = this.cities.registerCity(new CityDetails("MN", null, "Study test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var accounts = new TestAccounts(this.accountManagement);
		var focal = accounts.create("Newcomer focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focal.id());
		var secretary = accounts.create("Study secretary", Role.SECRETARIAT);
		var expertAccount = accounts.create("Study expert", Role.EXPERT);
		var member = accounts.create("Other member", Role.MEMBER);
		var host = as(focal);
		var secretariat = as(secretary);

		var empty = host.post("/cities/" + city + "/studies", "interests", " ", "population", "30000 (2020)");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.html().select("#interests-error").text()).contains("Fill in");
		assertThat(this.db.sql("select count(*) from review_study where city_id = :c")
			.param("c", city)
			.query(Long.class)
			.single()).isZero();
		var created = host.post("/cities/" + city + "/studies", "interests", "Heating with less coal", "population",
				"30000 (2020)", "energyUse", "Coal stoves in ger areas");
		assertThat(created.status()).isEqualTo(302);
		var path = created.location().replaceFirst("^https?://[^/]+", "");
		var visitor = new WebSession(this.port);
		assertThat(visitor.get(path).status()).isEqualTo(404);
		assertThat(as(member).get(path).status()).isEqualTo(404);
		assertThat(as(member).post(path + "/delivery", "findings", "x", "options", "y").status()).isEqualTo(403);

		assertThat(secretariat.post(path + "/experts", "email", focal.email()).html().select("#expert-error").text())
			.contains("focal point of the host city");
		assertThat(secretariat.post(path + "/experts", "email", expertAccount.email()).status()).isEqualTo(302);
		var expert = as(expertAccount);
		assertThat(expert.get(path).html().select(".study-baseline").text()).contains("Coal stoves in ger areas");
		assertThat(expert
			.post(path + "/delivery", "findings", "Coal heating dominates", "options", "District heating; insulation",
					"suggestedPeers", "Ulaanbaatar")
			.status()).isEqualTo(302);

		assertThat(secretariat.post(path + "/publish").html().select(".field-error").text()).contains("not commented");
		assertThat(host.post(path + "/comment", "comment", "Useful", "visibility", "EVERYBODY")
			.html()
			.select(".field-error")
			.text()).contains("Choose one");
		assertThat(
				host.post(path + "/comment", "comment", "We start with insulation", "visibility", "MEMBERS").status())
			.isEqualTo(302);
		assertThat(secretariat.post(path + "/publish").status()).isEqualTo(302);

		// members only: the public neither reads nor lists it
		assertThat(visitor.get(path).status()).isEqualTo(404);
		assertThat(visitor.get("/studies").html().select("a[href=" + path + "]")).isEmpty();
		var page = as(member).get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Coal heating dominates").contains("We start with insulation");
		assertThat(as(member).get("/studies").html().select("a[href=" + path + "]")).hasSize(1);
		assertThat(this.db.sql("select count(*) from audit_entry where record_type = 'Study' and record_id = :id")
			.param("id", path.substring("/studies/".length()))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void aWordForAComparativeStudysYearIsAskedForAsAYearInEnglishAndChineseAndStaysInTheField() {
		var secretariat = as(new TestAccounts(this.accountManagement).create("Comparative typist", Role.SECRETARIAT));
		var title = "Comparative typed " + UUID.randomUUID();
		var english = secretariat.post("/comparative-studies", "title", title, "year", "last year");
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.html().select("#c-year-error").text())
			.isEqualTo("Please enter a year as a whole number, for example 2030.");
		assertThat(english.html().select("#c-year").val()).isEqualTo("last year");
		assertThat(english.html().select("#c-title").val()).isEqualTo(title);
		var chinese = secretariat.post("/comparative-studies?lang=zh", "title", title, "year", "去年");
		assertThat(chinese.html().select("#c-year-error").text()).isEqualTo("请输入整数年份，例如 2030。");
		assertThat(this.db.sql("select count(*) from review_comparative where title = :t")
			.param("t", title)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSecretariatWritesAComparativeStudyByCountryAndPublishesIt() {
		var accounts = new TestAccounts(this.accountManagement);
		var secretariat = as(accounts.create("Comparative secretary", Role.SECRETARIAT));
		var member = as(accounts.create("Comparative reader", Role.MEMBER));
		var title = "Comparative test " + UUID.randomUUID();
		var badYear = secretariat.post("/comparative-studies", "title", title, "year", "1800");
		assertThat(badYear.html().select("#c-year-error").text()).contains("from 1990 to 2100");
		var badUrl = secretariat.post("/comparative-studies", "title", title, "year", "2024", "url",
				"javascript:alert(1)");
		assertThat(badUrl.html().select("#c-url-error").text()).contains("http");
		assertThat(member.post("/comparative-studies", "title", title, "year", "2024").status()).isEqualTo(403);
		var created = secretariat.post("/comparative-studies", "title", title, "year", "2024", "partners", "IGES\nKEI");
		assertThat(created.status()).isEqualTo(302);
		var path = created.location().replaceFirst("^https?://[^/]+", "");
		// a draft is the secretariat's alone
		assertThat(member.get(path).status()).isEqualTo(404);
		assertThat(secretariat.post(path + "/publish").html().select(".field-error").text())
			.contains("at least one chapter");
		assertThat(secretariat.post(path + "/chapters", "country", "XX", "text", "x").html().select(".field-error"))
			.hasSize(1);
		// a word for the country is the binder's refusal, in the reader's language
		assertThat(secretariat.post(path + "/chapters?lang=ru", "country", "Япония", "text", "x")
			.html()
			.select(".field-error")
			.text()).isEqualTo("Выберите одно из предложенных значений.");
		assertThat(this.db
			.sql("select count(*) from review_comparative_chapter c join review_comparative s "
					+ "on s.id = c.study_id where s.title = :t")
			.param("t", title)
			.query(Long.class)
			.single()).isZero();
		assertThat(secretariat.post(path + "/chapters", "country", "JP", "text", "Eco-Model Cities").status())
			.isEqualTo(302);
		assertThat(secretariat.post(path + "/publish").status()).isEqualTo(302);
		var page = new WebSession(this.port).get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".comparative-chapter").text()).contains("Japan").contains("Eco-Model Cities");
		assertThat(new WebSession(this.port).get("/comparative-studies").html().select("a[href=" + path + "]"))
			.hasSize(1);
	}

}
