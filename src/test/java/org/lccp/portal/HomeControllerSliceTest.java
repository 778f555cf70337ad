package org.lccp.portal;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.i18n.Language;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The home and about pages as a slice (the controller and the platform's pages, the
 * membership figures a mock): the four activity areas are named on both in every
 * language.
 */
@ControllerSlice(HomeController.class)
class HomeControllerSliceTest {

	@MockitoBean
	MembershipManagement membership;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	static final MembershipManagement.DirectoryCounts COUNTS = new MembershipManagement.DirectoryCounts(41, 5,
			Map.of("CN", 12L, "JP", 9L, "KR", 11L, "MN", 6L, "RU", 3L),
			Map.of(InstitutionType.LOCAL_GOVERNMENT, 30L, InstitutionType.RESEARCH_INSTITUTION, 11L));

	@ParameterizedTest
	@EnumSource(Language.class)
	void homeShowsTheFourAreasAndAboutNamesFour(Language language) {
		given(this.membership.counts()).willReturn(COUNTS);
		var web = SliceSession.anonymous(this.mvc);
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
