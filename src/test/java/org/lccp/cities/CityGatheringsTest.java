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
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's profile lists the gatherings held there, whichever of its names the venue
 * uses.
 */
@LccpTest
class CityGatheringsTest {

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

	@Test
	void profileListsTheGatheringsHeldInTheCityUnderAnyOfItsNames() {
		var secretariat = new TestAccounts(this.accounts).create("Secretariat", Role.SECRETARIAT, Role.MEMBER);
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var english = "Haebit " + suffix;
		var korean = "해빛시 " + suffix;
		var city = this.accounts.actingAs(secretariat.id(),
				() -> this.cities.createCity(new CityDetails("KR", null, english, null, null, korean, null, null,
						korean, AdminLevel.MUNICIPALITY, new BigDecimal("37.4"), new BigDecimal("126.7"), "test")));
		var here = this.accounts.actingAs(secretariat.id(),
				() -> this.programme.create(gathering("Workshop in " + english, korean, "KR")));
		var elsewhere = this.accounts.actingAs(secretariat.id(),
				() -> this.programme.create(gathering("Workshop elsewhere " + suffix, korean, "JP")));

		assertThat(this.gatherings.heldIn(city)).extracting(GatheringManagement.GatheringSummary::id)
			.containsExactly(here);

		var page = new WebSession(this.port).get("/cities/" + city);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("ul.city-gatherings a").eachAttr("href")).containsExactly("/gatherings/" + here)
			.doesNotContain("/gatherings/" + elsewhere);
	}

	@Test
	void aVenueCityIsNamedInTheReadersLanguageAndMarkedWhereOnlyAnotherNameExists() {
		var secretariat = new TestAccounts(this.accounts).create("Secretariat", Role.SECRETARIAT, Role.MEMBER);
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var english = "Dalbit " + suffix;
		var korean = "달빛시 " + suffix;
		var russian = "Дальбит " + suffix;
		this.accounts.actingAs(secretariat.id(),
				() -> this.cities.createCity(new CityDetails("KR", null, english, null, null, korean, russian, null,
						korean, AdminLevel.MUNICIPALITY, new BigDecimal("35.1"), new BigDecimal("126.9"), "test")));
		var held = this.accounts.actingAs(secretariat.id(),
				() -> this.programme.create(gathering("Forum " + suffix, english, "KR")));

		var web = new WebSession(this.port);
		var inKorean = web.get("/gatherings/" + held + "?lang=ko").html();
		assertThat(inKorean.select("dd span").eachText()).contains(korean).doesNotContain(english);
		var inRussian = web.get("/gatherings?country=KR&lang=ru").html();
		assertThat(inRussian.text()).contains(russian);
		var inJapanese = web.get("/gatherings/" + held + "?lang=ja").html();
		assertThat(inJapanese.select("dd span[lang=en]").eachText()).as("no Japanese name: English, marked")
			.contains(english);
	}

	private static GatheringDetails gathering(String title, String city, String country) {
		var start = LocalDateTime.now().plusDays(30).withNano(0);
		return new GatheringDetails(title, GatheringType.WORKSHOP, GatheringFormat.IN_PERSON, "Test", "For a test.",
				start, start.plusHours(6), ZoneId.of("Asia/Seoul"), city, country, null, null, "Secretariat", null,
				"English", null, 30, null, start.minusDays(1));
	}

}
