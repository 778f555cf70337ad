package org.lccp.portal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.i18n.Language;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform has four activity areas (the 2020 seed note: information sharing,
 * technical assistance, analytical studies, capacity building); the home and about pages
 * say four in every language, never three.
 */
@LccpTest
class ActivityAreasPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@EnumSource(Language.class)
	void homeShowsTheFourAreasAndAboutNamesFour(Language language) {
		var web = new WebSession(this.port);
		var home = web.get("/?lang=" + language.code());
		assertThat(home.status()).isEqualTo(200);
		var headings = home.html().select("main h3").eachText();
		for (var area : ActivityArea.values()) {
			assertThat(headings)
				.contains(this.messages.getMessage("ActivityArea." + area.name(), null, language.locale()));
		}
		var about = web.get("/about?lang=" + language.code());
		assertThat(about.status()).isEqualTo(200);
		assertThat(about.mainText()).contains(this.messages.getMessage("about.tor", null, language.locale()));
		if (language == Language.EN) {
			assertThat(about.mainText())
				.contains("four activity areas: information sharing, technical assistance, "
						+ "peer review and analytical studies, and capacity building")
				.doesNotContain("three activity areas")
				.doesNotContain("three areas");
		}
	}

}
