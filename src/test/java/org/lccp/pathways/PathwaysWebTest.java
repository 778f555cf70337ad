package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.cities.TargetDetails;
import org.lccp.cities.TargetStatus;
import org.lccp.cities.TargetType;
import org.lccp.identity.AccountManagement;
import org.lccp.inventory.Boundary;
import org.lccp.inventory.GwpSet;
import org.lccp.inventory.InventoryDetails;
import org.lccp.inventory.InventoryManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pathways over real HTTP against the real database: a city with the Seoul 2018 file
 * published for 2015 and 2018 and a 30 % absolute target from 2015 to 2030; the API, the
 * pages with their table, the panels on the city and target pages, saving BAU versions by
 * role, and bad input.
 */
@LccpTest
class PathwaysWebTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	AccountManagement accountManagement;

	final JsonMapper json = JsonMapper.builder().build();

	UUID city;

	UUID target;

	static byte[] seoul() throws Exception {
		return PathwaysWebTest.class.getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
	}

	static InventoryDetails details(int year) {
		return new InventoryDetails(year, GwpSet.AR5, "BASIC", Boundary.ADMINISTRATIVE, null, "test file (Seoul 2018)",
				new BigDecimal("10000000"), "test census", null, null, null);
	}

	@BeforeEach
	void cityWithInventoriesAndTarget() throws Exception {
		this.city = this.cities.registerCity(new CityDetails("KR", null, "Pathways test city " + UUID.randomUUID(),
				null, null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.inventories.registerPublished(this.city, details(2015), seoul());
		this.inventories.registerPublished(this.city, details(2018), seoul());
		this.target = this.cities.registerTarget(this.city, "KR",
				new TargetDetails(TargetType.ABSOLUTE, null, "Cut 30 % by 2030", 2015, null, 2030, null,
						new BigDecimal("30"), null, null, null, null, null, null, false, TargetStatus.ADOPTED, null,
						null, "test plan", null, null));
	}

	@Test
	void theOpenDataTableHoldsEveryCityWithAnEmissionsTargetAndNoOther(@Autowired PathwaysAbout about) {
		var other = this.cities.registerCity(new CityDetails("KR", null, "Energy intensity only " + UUID.randomUUID(),
				null, null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.cities.registerTarget(other, "KR",
				new TargetDetails(TargetType.ENERGY_INTENSITY, null, "Energy intensity down 20 % by 2030", 2015, null,
						2030, null, new BigDecimal("20"), null, null, null, null, null, null, false,
						TargetStatus.ADOPTED, null, null, "test plan", null, null));
		var rows = new java.util.ArrayList<java.util.List<Object>>();
		about.tables()
			.stream()
			.filter((t) -> t.name().equals("pathways"))
			.findFirst()
			.orElseThrow()
			.rows()
			.accept(rows::add);

		var series = rows.stream()
			.filter((r) -> r.get(0).equals(this.city.toString()))
			.map((r) -> r.get(2) + " " + r.get(3))
			.distinct()
			.toList();
		assertThat(series).contains("INVENTORY_BASIC ", "PATHWAY " + this.target);
		assertThat(rows).as("a city whose only target is not about emissions has no pathway")
			.noneMatch((r) -> r.get(0).equals(other.toString()));
	}

	JsonNode api(WebSession session, String path) {
		var response = session.get(path, "Accept", "application/json");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	WebSession signedIn(Role role) {
		var accounts = new TestAccounts(this.accountManagement);
		var account = accounts.create("Pathways " + role, role);
		if (role == Role.CITY_FOCAL_POINT) {
			this.cities.registerFocalPoint(this.city, account.id());
		}
		return new WebSession(this.port).login(account.email(), account.password());
	}

	@Test
	void apiGivesThePathwayAndProgressWithFiguresWorkedOutByHand() {
		var doc = api(new WebSession(this.port), "/api/v1/cities/" + this.city + "/pathways");
		assertThat(doc.get("level").asString()).isEqualTo("BASIC");
		assertThat(doc.get("inventories")).hasSize(2);
		var pathway = doc.get("pathways").get(0);
		assertThat(pathway.get("targetId").asString()).isEqualTo(this.target.toString());
		assertThat(pathway.get("startYear").asInt()).isEqualTo(2015);
		// 46,282,524 × 0.7 = 32,397,766.8; 2018: 46,282,524 − 13,884,757.2 × 3/15 =
		// 43,505,572.56
		assertThat(pathway.get("targetLevel").decimalValue()).isEqualByComparingTo("32397766.8");
		var y2018 = pathway.get("years").get(3);
		assertThat(y2018.get("year").asInt()).isEqualTo(2018);
		assertThat(y2018.get("emissions").decimalValue()).isEqualByComparingTo("43505572.56");
		var progress = doc.get("progress");
		assertThat(progress.get("year").asInt()).isEqualTo(2018);
		var verdict = progress.get("targets").get(0);
		assertThat(verdict.get("onTrack").asBoolean()).isFalse();
		assertThat(verdict.get("gap").decimalValue()).isEqualByComparingTo("2776951.44");
		assertThat(verdict.get("gapPercent").decimalValue()).isEqualByComparingTo("6.4");
		assertThat(doc.get("bau").isNull()).isTrue();
	}

	@Test
	void cityProfileAndTargetPageShowTheProgressPanelWithATableOfYears() {
		var visitor = new WebSession(this.port);
		var profile = visitor.get("/cities/" + this.city).html();
		assertThat(profile.select(".pathways-panel [data-pathways]")).hasSize(1);
		var rows = profile.select(".pathways-panel table tbody tr");
		assertThat(rows.first().selectFirst("th").text()).isEqualTo("2015");
		assertThat(profile.select(".pathways-panel table").text()).contains("2018").doesNotContain("2,018");
		assertThat(profile.select(".pathways-panel .off-track")).hasSize(1);
		assertThat(profile.select(".pathways-panel").text()).contains("2,776,951");
		var page = visitor.get("/targets/" + this.target).html();
		assertThat(page.select(".pathways-panel [data-pathways]")).hasSize(1);
		assertThat(page.select(".pathways-panel table thead th").text()).contains("Cut 30 % by 2030");
		var chinese = new WebSession(this.port).get("/cities/" + this.city + "/pathways?lang=zh").html();
		assertThat(chinese.select(".pathways-panel h2").text()).contains("排放");
		assertThat(chinese.select("[data-pathways]").attr("data-pathways")).contains("已发布的清单").contains("\"2018\"");
	}

	@Test
	void focalPointSavesVersionsThatStayReadable() {
		var focal = signedIn(Role.CITY_FOCAL_POINT);
		var form = focal.get("/cities/" + this.city + "/pathways/bau/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().select("select[name=baseYear] option")).hasSize(2);
		var saved = focal.post("/cities/" + this.city + "/pathways/bau", "baseYear", "2018", "endYear", "2030",
				"populationGrowth", "0.5", "gdpGrowth", "3", "basedOnVersion", "0", "sectors[0].sector", "ALL",
				"sectors[0].method", "CAGR", "sectors[0].annualRate", "2", "sectors[0].driver", "GDP",
				"sectors[0].intensityChange", "0", "note", "first guess");
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(saved.location()).contains("/pathways?version=1");
		var second = focal.post("/cities/" + this.city + "/pathways/bau", "baseYear", "2018", "endYear", "2030",
				"populationGrowth", "0.5", "gdpGrowth", "3", "basedOnVersion", "1", "sectors[0].sector", "ALL",
				"sectors[0].method", "DRIVER", "sectors[0].driver", "GDP", "sectors[0].intensityChange", "-4,5",
				"sectors[0].annualRate", "");
		assertThat(second.status()).as(second.body()).isEqualTo(302);

		var doc = api(new WebSession(this.port), "/api/v1/cities/" + this.city + "/pathways");
		var bau = doc.get("bau");
		assertThat(bau.get("version").asInt()).isEqualTo(2);
		assertThat(bau.get("sectors").get(0).get("method").asString()).isEqualTo("DRIVER");
		// 46,282,524 × (1.03 × 0.955)^1 = 46,282,524 × 0.98365 = 45,525,804.7326
		assertThat(bau.get("years").get(1).get("emissions").decimalValue()).isEqualByComparingTo("45525804.733");
		assertThat(doc.get("progress").get("bau").get("onTrack").asBoolean()).isTrue();
		var first = api(new WebSession(this.port), "/api/v1/cities/" + this.city + "/pathways?version=1");
		// 46,282,524 × 1.02^12 = 58,697,431.2946…: version 1 is still there with its own
		// rate
		assertThat(first.get("bau").get("sectors").get(0).get("annualRatePercent").decimalValue())
			.isEqualByComparingTo("2");
		assertThat(first.get("bau").get("years").get(12).get("emissions").decimalValue())
			.isEqualByComparingTo("58697431.295");
		var page = new WebSession(this.port).get("/cities/" + this.city + "/pathways?version=1").html();
		assertThat(page.select(".bau-sectors code").text()).contains("(1 + 0.02)^12");
		assertThat(page.select("table a[href*=version]")).hasSize(2);
	}

	@Test
	void badInputGivesFieldErrorsAndStoresNothing() {
		var focal = signedIn(Role.CITY_FOCAL_POINT);
		var response = focal.post("/cities/" + this.city + "/pathways/bau", "baseYear", "2016", "endYear", "2200",
				"populationGrowth", "abc", "gdpGrowth", "80", "basedOnVersion", "0", "sectors[0].sector", "ALL",
				"sectors[0].method", "CAGR", "sectors[0].annualRate", "1.123456");
		assertThat(response.status()).isEqualTo(200);
		var page = response.html();
		assertThat(page.select(".field-error").eachText()).hasSizeGreaterThanOrEqualTo(4)
			.anyMatch((t) -> t.contains("published inventory"))
			.anyMatch((t) -> t.contains("2100"))
			.anyMatch((t) -> t.contains("Enter a number"))
			.anyMatch((t) -> t.contains("between −50 and 50"));
		var nonsense = focal.post("/cities/" + this.city + "/pathways/bau", "baseYear", "x", "endYear", "y",
				"sectors[0].method", "WHATEVER", "sectors[7].annualRate", "1", "sectors[5000].driver", "GDP");
		assertThat(nonsense.status()).isEqualTo(200);
		assertThat(nonsense.html().select(".field-error")).isNotEmpty();
		var doc = api(new WebSession(this.port), "/api/v1/cities/" + this.city + "/pathways");
		assertThat(doc.get("bau").isNull()).isTrue();
	}

	@Test
	void aSaveOnTopOfAnOlderVersionIsRefused() {
		var focal = signedIn(Role.CITY_FOCAL_POINT);
		String[] fields = { "baseYear", "2018", "endYear", "2030", "populationGrowth", "0", "gdpGrowth", "0",
				"basedOnVersion", "0", "sectors[0].sector", "ALL", "sectors[0].method", "CAGR", "sectors[0].annualRate",
				"1" };
		assertThat(focal.post("/cities/" + this.city + "/pathways/bau", fields).status()).isEqualTo(302);
		var stale = focal.post("/cities/" + this.city + "/pathways/bau", fields);
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.html().select(".form-errors").text()).contains("version 1");
	}

	@Test
	void onlyTheCitysFocalPointsAndTheSecretariatSaveScenarios() {
		var anonymous = new WebSession(this.port).get("/cities/" + this.city + "/pathways/bau/new");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");
		assertThat(signedIn(Role.MEMBER).get("/cities/" + this.city + "/pathways/bau/new").status()).isEqualTo(403);
		// a focal point of another city
		var other = new TestAccounts(this.accountManagement).create("Other focal", Role.CITY_FOCAL_POINT);
		var otherSession = new WebSession(this.port).login(other.email(), other.password());
		assertThat(otherSession.get("/cities/" + this.city + "/pathways/bau/new").status()).isEqualTo(403);
		assertThat(otherSession
			.post("/cities/" + this.city + "/pathways/bau", "baseYear", "2018", "endYear", "2030", "populationGrowth",
					"0", "gdpGrowth", "0", "basedOnVersion", "0", "sectors[0].method", "CAGR", "sectors[0].annualRate",
					"1")
			.status()).isEqualTo(403);
		assertThat(signedIn(Role.SECRETARIAT).get("/cities/" + this.city + "/pathways/bau/new").status())
			.isEqualTo(200);
		assertThat(new WebSession(this.port).get("/cities/" + this.city + "/pathways").status()).isEqualTo(200);
	}

}
