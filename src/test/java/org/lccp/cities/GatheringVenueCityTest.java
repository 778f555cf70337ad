package org.lccp.cities;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.gatherings.GatheringDetails;
import org.lccp.gatherings.GatheringProgramme;
import org.lccp.gatherings.GatheringFormat;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gathering's venue points at a city of the registry by its id: chosen on the
 * secretariat's form (with a search that works with and without scripts), refused when
 * the id is no city, and linked when the city is registered after the gathering.
 */
@LccpTest
class GatheringVenueCityTest {

	@LocalServerPort
	int port;

	@Autowired
	CityDirectory cities;

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCityChosenOnTheFormKeysTheVenueAndItsPageListsTheGathering() {
		var suffix = suffix();
		var city = city("Sorabol " + suffix, "소라벌 " + suffix);
		var secretariat = secretariat();
		var title = "Forum in Sorabol " + suffix;

		var created = secretariat.post("/admin/gatherings", "title", title, "type", "FORUM", "format", "IN_PERSON",
				"startsAt", "2031-05-01T09:00", "endsAt", "2031-05-01T18:00", "timeZone", "Asia/Seoul", "venueCityId",
				city.toString(), "venueCity", "", "venueCountry", "KR");

		assertThat(created.status()).isEqualTo(302);
		assertThat(this.gatherings.heldIn(city)).extracting(GatheringManagement.GatheringSummary::title)
			.containsExactly(title);
		assertThat(this.jdbc.queryForObject("select venue_city from gathering where title = ?", String.class, title))
			.as("the name is kept for display and history")
			.isEqualTo("Sorabol " + suffix);
		var page = new WebSession(this.port).get("/cities/" + city);
		assertThat(page.html().select("ul.city-gatherings a").eachText()).containsExactly(title);
		var id = this.gatherings.heldIn(city).get(0).id();
		var edit = secretariat.get("/admin/gatherings/" + id + "/edit").html();
		assertThat(edit.selectFirst("#venueCityId option[selected]").attr("value")).isEqualTo(city.toString());
	}

	@Test
	void aCityIdThatIsNoCityIsAFieldErrorAndNothingIsStored() {
		var title = "Nowhere forum " + suffix();
		var secretariat = secretariat();
		for (var bad : new String[] { UUID.randomUUID().toString(), "not-an-id" }) {
			var response = secretariat.post("/admin/gatherings", "title", title, "type", "FORUM", "format", "IN_PERSON",
					"startsAt", "2031-05-01T09:00", "endsAt", "2031-05-01T18:00", "timeZone", "Asia/Seoul",
					"venueCityId", bad, "venueCountry", "KR");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.html().selectFirst("#venueCityId-error").text())
				.isEqualTo("Choose a city of the registry.");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from gathering where title = ?", Integer.class, title))
			.isZero();
	}

	@Test
	void theCitySearchNarrowsTheChoiceWithAndWithoutScripts() {
		var suffix = suffix();
		var city = city("Garam " + suffix, "가람 " + suffix);
		var secretariat = secretariat();
		var title = "Searched forum " + suffix;

		var withoutScripts = secretariat.post("/admin/gatherings", "title", title, "citySearch", "garam " + suffix,
				"venueCountry", "KR", "findCity", "1");
		assertThat(withoutScripts.status()).isEqualTo(200);
		assertThat(withoutScripts.html().select("#venueCityId option").eachAttr("value")).containsExactly("",
				city.toString());
		assertThat(withoutScripts.html().select(".field-error")).as("searching is not saving").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from gathering where title = ?", Integer.class, title))
			.isZero();

		var asTyped = secretariat.get("/admin/gatherings/city-choices?citySearch=" + suffix + "&venueCountry=KR",
				"HX-Request", "true");
		assertThat(asTyped.status()).isEqualTo(200);
		var options = org.jsoup.Jsoup.parseBodyFragment("<select>" + asTyped.body() + "</select>").select("option");
		assertThat(options.eachAttr("value")).containsExactly("", city.toString());
		assertThat(new WebSession(this.port).get("/admin/gatherings/city-choices?citySearch=x").status())
			.as("secretariat only")
			.isEqualTo(302);
	}

	@Test
	void aVenueNamedBeforeItsCityIsRegisteredIsLinkedWhenTheCityIs() {
		var suffix = suffix();
		var korean = "새벌 " + suffix;
		var start = LocalDateTime.now().plusDays(40).withNano(0);
		var held = this.accounts.actingAs(admin(),
				() -> this.programme.create(new GatheringDetails("Workshop " + suffix, GatheringType.WORKSHOP,
						GatheringFormat.IN_PERSON, null, null, start, start.plusHours(4), ZoneId.of("Asia/Seoul"),
						korean, "KR", null, null, null, null, null, null, null, null, null)));

		var city = city("Saebeol " + suffix, korean);

		assertThat(this.gatherings.heldIn(city)).extracting(GatheringManagement.GatheringSummary::id)
			.containsExactly(held);
	}

	private UUID city(String english, String korean) {
		return this.accounts.actingAs(admin(),
				() -> this.cities.createCity(new CityDetails("KR", null, english, null, null, korean, null, null,
						korean, AdminLevel.MUNICIPALITY, new BigDecimal("36.1"), new BigDecimal("128.1"), "test")));
	}

	private UUID admin() {
		return new TestAccounts(this.accounts).create("Secretariat", Role.SECRETARIAT, Role.MEMBER).id();
	}

	private WebSession secretariat() {
		return new WebSession(this.port).login(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
