package org.lccp.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import java.math.BigDecimal;

import org.lccp.benchmarking.BenchmarkingManagement;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.FactDetails;
import org.lccp.cities.FactKind;
import org.lccp.cities.RegistryUnit;
import org.lccp.identity.AccountManagement;
import org.lccp.membership.ApplicationDetails;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.i18n.Language;
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
 * Reviewer and expert suggestions over HTTP: listed experts matching the request's
 * topics, sectors and languages and the focal point of a city like the host are suggested
 * with their reasons; people of the host city or its member institutions, with a declared
 * conflict or already on the team never are; only the secretariat sees suggestions.
 */
@LccpTest
class ReviewSuggestionsWebTest {

	@LocalServerPort
	int port;

	@Autowired
	CityDirectory cities;

	@Autowired
	CityFixtures cityFixtures;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	MembershipManagement membership;

	@Autowired
	JdbcClient db;

	@Autowired
	BenchmarkingManagement benchmarking;

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	/** Applies for the roster as the account and has the secretariat list the entry. */
	void listed(TestAccount account, WebSession secretariat, String institution, List<String> topics,
			List<String> sectors, List<String> languages, String served) {
		var fields = new ArrayList<String>(List.of("name", account.name(), "institution", institution, "country", "JP",
				"countriesServed", served, "availability", "AVAILABLE"));
		topics.forEach((t) -> fields.addAll(List.of("topics", t)));
		sectors.forEach((s) -> fields.addAll(List.of("sectors", s)));
		languages.forEach((l) -> fields.addAll(List.of("languages", l)));
		var applied = as(account).post("/my/expert-profile", fields.toArray(String[]::new));
		assertThat(applied.status()).as(applied.body()).isEqualTo(302);
		var id = applied.location().substring(applied.location().lastIndexOf('/') + 1);
		assertThat(secretariat.post("/admin/experts/" + id + "/list").status()).isEqualTo(302);
	}

	@Test
	void theSecretariatSeesMatchingExpertsAndPeersWithReasonsAndNobodyFromTheHostSide() {
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var hostName = "Suggest host " + suffix;
		// a rare country, so that the only city like the host is the peer city made here
		var host = this.cityFixtures.registerCity(new CityDetails("KP", null, hostName, null, null, null, null, null,
				null, AdminLevel.METROPOLITAN_CITY, null, null, "test"));
		var peerCity = this.cityFixtures.registerCity(new CityDetails("KP", null, "Suggest peer " + suffix, null, null,
				null, null, null, null, AdminLevel.METROPOLITAN_CITY, null, null, "test"));
		// the peer finder compares cities on their figures: both get close ones
		var admin = new TestAccounts(this.accountManagement).create("Suggest facts " + suffix, Role.SECRETARIAT);
		this.accountManagement.actingAs(admin.id(), () -> {
			for (var city : List.of(host, peerCity)) {
				this.cities.addFact(city,
						new FactDetails(FactKind.POPULATION, 2020,
								new BigDecimal(city.equals(host) ? "2870000" : "2900000"), RegistryUnit.PERSONS,
								"Test census"));
				this.cities.addFact(city, new FactDetails(FactKind.GDP_PER_CAPITA, 2020,
						new BigDecimal(city.equals(host) ? "1800" : "1850"), RegistryUnit.USD, "Test statistics"));
			}
			return null;
		});
		this.benchmarking.recomputeIfChanged();
		var localInstitution = "Host Energy Institute " + suffix;
		this.membership.registerExistingMember(new ApplicationDetails(localInstitution, localInstitution,
				InstitutionType.RESEARCH_INSTITUTION, "KP", hostName, null, "Energy research", Set.of(), Set.of(),
				"Contact", null, "contact@example.org", null, true, null), LocalDate.of(2024, 1, 1), "test");
		var accounts = new TestAccounts(this.accountManagement);
		var focal = accounts.create("Suggest host focal " + suffix, Role.CITY_FOCAL_POINT);
		this.cityFixtures.registerFocalPoint(host, focal.id());
		var peer = accounts.create("Suggest peer focal " + suffix, Language.KO, Role.CITY_FOCAL_POINT);
		this.cityFixtures.registerFocalPoint(peerCity, peer.id());
		var secretary = accounts.create("Suggest secretary " + suffix, Role.SECRETARIAT);
		var secretariat = as(secretary);
		var planner = accounts.create("Planner " + suffix, Role.MEMBER);
		var local = accounts.create("Local " + suffix, Role.MEMBER);
		var conflicted = accounts.create("Conflicted " + suffix, Role.MEMBER);
		var unrelated = accounts.create("Unrelated " + suffix, Role.MEMBER);
		var plan = List.of("GHG_INVENTORY", "MITIGATION_PLANNING");
		listed(planner, secretariat, "Outside Institute", plan, List.of("TRANSPORT"), List.of("ko", "en"), "KP");
		listed(local, secretariat, localInstitution, plan, List.of("TRANSPORT"), List.of("ko", "en"), "KP");
		listed(conflicted, secretariat, "Elsewhere", plan, List.of("TRANSPORT"), List.of("ko", "en"), "KP");
		listed(unrelated, secretariat, "Waste Lab", List.of("WASTE_MANAGEMENT"), List.of("WASTE"), List.of("mn"), "MN");
		this.db.sql("insert into review_conflict (account_id, city_id, reason, declared_at) values (:a, :c, 'x', :t)")
			.param("a", conflicted.id())
			.param("c", host)
			.param("t", OffsetDateTime.now())
			.update();

		var hostSession = as(focal);
		var id = hostSession
			.post("/cities/" + host + "/reviews", "scope", "Transport and buildings", "languages", "Korean, English")
			.location()
			.replaceAll(".*/reviews/", "");
		secretariat.post("/reviews/" + id + "/decision", "decision", "accept");
		var page = secretariat.get("/reviews/" + id + "?lang=en").html();
		var suggested = page.select(".review-suggestion");
		var names = suggested.stream().map((e) -> e.selectFirst("strong").text()).toList();
		assertThat(names).contains(planner.name(), peer.name())
			.doesNotContain(local.name(), conflicted.name(), unrelated.name(), focal.name());
		var plannerReasons = suggested.stream()
			.filter((e) -> e.selectFirst("strong").text().equals(planner.name()))
			.findFirst()
			.orElseThrow()
			.select(".review-suggestion-reasons li")
			.eachText();
		assertThat(plannerReasons).contains("knows Greenhouse gas inventories (GPC), Mitigation planning and targets",
				"works on Transport, named in the request", "speaks English, 한국어");
		assertThat(plannerReasons).anyMatch((r) -> r.startsWith("works in "));
		var peerReasons = suggested.stream()
			.filter((e) -> e.selectFirst("strong").text().equals(peer.name()))
			.findFirst()
			.orElseThrow()
			.select(".review-suggestion-reasons li")
			.eachText();
		assertThat(peerReasons).contains("focal point of Suggest peer " + suffix + ", a city like " + hostName,
				"speaks 한국어");
		// the best match first: the planner matches on everything the request asks
		assertThat(names.get(0)).isEqualTo(planner.name());

		// proposing from the list invites the person; they are no longer suggested
		var email = suggested.get(0).select("input[name=email]").attr("value");
		assertThat(email).isEqualTo(planner.email());
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", email).status()).isEqualTo(302);
		assertThat(secretariat.get("/reviews/" + id).html().select(".review-suggestion strong").eachText())
			.doesNotContain(planner.name());
		// a suggestion from the host institution would be refused anyway
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", local.email())
			.html()
			.select("#member-error")
			.text()).contains(localInstitution);
		// suggestions are the secretariat's
		assertThat(hostSession.get("/reviews/" + id).html().select(".review-suggestions")).isEmpty();

		// a study for the same city: experts suggested by the topics its interests name
		var study = hostSession.post("/cities/" + host + "/studies", "interests", "A greenhouse gas inventory")
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var studyPage = secretariat.get(study + "?lang=en").html();
		assertThat(studyPage.select(".study-suggestion strong").eachText()).contains(planner.name())
			.doesNotContain(local.name(), conflicted.name(), focal.name());
		assertThat(secretariat
			.post(study + "/experts", "email",
					studyPage.select(".study-suggestion input[name=email]").first().attr("value"))
			.status()).isEqualTo(302);
		assertThat(hostSession.get(study).html().select(".study-suggestions")).isEmpty();
	}

}
