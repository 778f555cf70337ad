package org.lccp.cities;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may edit what, bad input that stores nothing, and the audit history shown on the
 * record — over real HTTP with the platform's forms.
 */
@LccpTest
class CitiesEditingTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CitiesManagement cities;

	TestAccount secretariat;

	TestAccount focal;

	TestAccount otherFocal;

	UUID city;

	@BeforeEach
	void setUp() {
		var accounts = new TestAccounts(this.accountManagement);
		this.secretariat = accounts.create("Secretariat", Role.SECRETARIAT, Role.MEMBER);
		this.focal = accounts.create("Focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		this.otherFocal = accounts.create("Other focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		var name = "Testburg " + UUID.randomUUID().toString().substring(0, 8);
		this.city = this.accountManagement.actingAs(this.secretariat.id(), () -> {
			var id = this.cities.createCity(new CityDetails("KR", null, name, null, null, null, null, null, null,
					AdminLevel.MUNICIPALITY, new BigDecimal("37.5"), new BigDecimal("127.0"), "test"));
			this.cities.addFocalPoint(id, this.focal.email());
			return id;
		});
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	static String[] target(String type, String baseYear, String targetYear, String cut, String value, String unit) {
		return new String[] { "type", type, "title", "Test target", "baseYear", baseYear, "targetYear", targetYear,
				"reductionPercent", cut, "targetValue", value, "unit", unit, "status", "ADOPTED", "sourceDocument",
				"Test document", "_conditional", "on" };
	}

	long targetsOfCity() {
		return this.cities
			.targets(new CitiesManagement.TargetFilter(null, null, null, this.city, null), PageRequest.of(0, 50))
			.getTotalElements();
	}

	@Test
	void focalPointAddsATargetAndProgressAndSeesTheHistory() {
		var web = as(this.focal);
		assertThat(web.get("/cities/" + this.city + "/targets/new").status()).isEqualTo(200);
		var created = web.post("/cities/" + this.city + "/targets", target("ABSOLUTE", "2010", "2030", "40", "", ""));
		assertThat(created.status()).as(created.html().select(".field-error, .alert").text()).isEqualTo(302);
		var targetPath = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(targetPath).startsWith("/targets/");
		var page = web.get(targetPath);
		assertThat(page.mainText()).contains("Test target").contains("1 − 0.6^(1/20) = 2.5 %");

		var tooMuch = web.post(targetPath + "/progress", "year", "2020", "shareAchieved", "150");
		assertThat(tooMuch.status()).isEqualTo(200);
		assertThat(tooMuch.html().select("#shareAchieved-error").text()).contains("100");

		var progress = web.post(targetPath + "/progress", "year", "2020", "value", "", "shareAchieved", "35", "note",
				"Halfway through the decade");
		assertThat(progress.status()).isEqualTo(302);
		var after = web.get(targetPath);
		assertThat(after.mainText()).contains("Halfway through the decade")
			.contains("PROGRESS_ADDED")
			.contains("CREATED");
		assertThat(after.mainText()).contains(this.focal.email());

		// a visitor sees the target and its progress, but not the history
		var visitor = new WebSession(this.port).get(targetPath);
		assertThat(visitor.mainText()).contains("Halfway through the decade").doesNotContain("PROGRESS_ADDED");
	}

	@Test
	void badTargetsAreShownAtTheirFieldsAndNothingIsStored() {
		var web = as(this.focal);
		var before = targetsOfCity();

		var yearsReversed = web.post("/cities/" + this.city + "/targets",
				target("ABSOLUTE", "2030", "2020", "40", "", ""));
		assertThat(yearsReversed.status()).isEqualTo(200);
		assertThat(yearsReversed.html().select("#targetYear-error").text()).isNotBlank();

		var shareOver = web.post("/cities/" + this.city + "/targets",
				target("RENEWABLE_SHARE", "", "2030", "", "130", "%"));
		assertThat(shareOver.html().select("#targetValue-error").text()).contains("100");

		var wrongUnit = web.post("/cities/" + this.city + "/targets",
				target("RENEWABLE_SHARE", "", "2030", "", "30", "tCO2e"));
		assertThat(wrongUnit.html().select("#unit-error").text()).contains("%");

		var notANumber = web.post("/cities/" + this.city + "/targets",
				target("ABSOLUTE", "soon", "2030", "40", "", ""));
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.html().select("#baseYear-error").text()).isNotBlank();

		assertThat(targetsOfCity()).isEqualTo(before);
	}

	@Test
	void onlyTheCitysFocalPointsAndTheSecretariatEdit() {
		var other = as(this.otherFocal);
		assertThat(other.get("/cities/" + this.city + "/edit").status()).isEqualTo(403);
		assertThat(other.post("/cities/" + this.city + "/targets", target("ABSOLUTE", "2010", "2030", "40", "", ""))
			.status()).isEqualTo(403);

		var member = new TestAccounts(this.accountManagement).create("Member", Role.MEMBER);
		assertThat(as(member).get("/cities/" + this.city + "/targets/new").status()).isEqualTo(403);

		var anonymous = new WebSession(this.port).post("/cities/" + this.city + "/targets",
				target("ABSOLUTE", "2010", "2030", "40", "", ""));
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");

		assertThat(as(this.focal).post("/cities/" + this.city + "/focal-points", "email", this.otherFocal.email())
			.status()).isEqualTo(403);
		var added = as(this.secretariat).post("/cities/" + this.city + "/focal-points", "email",
				this.otherFocal.email());
		assertThat(added.status()).isEqualTo(302);
		assertThat(as(this.otherFocal).get("/cities/" + this.city + "/edit").status()).isEqualTo(200);
	}

	@Test
	void cityEditsAreAuditedAndStaleEditsRefused() {
		var web = as(this.focal);
		var form = web.get("/cities/" + this.city + "/edit").html();
		var version = form.selectFirst("input[name=version]").attr("value");
		var name = form.selectFirst("input[name=nameEn]").attr("value");
		var fields = new String[] { "version", version, "countryCode", "KR", "nameEn", name, "nameKo", "테스트시",
				"adminLevel", "MUNICIPALITY", "latitude", "37.5", "longitude", "127.0" };
		assertThat(web.post("/cities/" + this.city + "/edit", fields).status()).isEqualTo(302);
		assertThat(web.post("/cities/" + this.city + "/edit", fields).status()).isEqualTo(409);
		var profile = web.get("/cities/" + this.city);
		assertThat(profile.mainText()).contains("nameKo: null → 테스트시");

		var badLatitude = web.post("/cities/" + this.city + "/edit", "version",
				String.valueOf(Long.parseLong(version) + 1), "countryCode", "KR", "nameEn", name, "adminLevel",
				"MUNICIPALITY", "latitude", "137.5");
		assertThat(badLatitude.status()).isEqualTo(200);
		assertThat(badLatitude.html().select("#latitude-error").text()).isNotBlank();
	}

}
