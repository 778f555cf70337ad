package org.lccp.portal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.i18n.Language;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.lccp.shared.i18n.LanguageTest.NAVIGATION;
import static org.lccp.shared.i18n.LanguageTest.assertPageLanguage;
import static org.lccp.shared.i18n.LanguageTest.navigationTexts;
import static org.mockito.BDDMockito.given;

/**
 * The home and about pages as a slice (the controller and the platform's pages with the
 * directory's navigation link, the membership figures a mock): the four activity areas
 * are named on both in every language, and a first visit is in the language its browser
 * asks for, or English.
 */
@ControllerSlice(HomeController.class)
class HomeControllerSliceTest {

	/** The directory's link in every page's header (membership's navigation item). */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "org.lccp.membership", useDefaultFilters = false,
			includeFilters = @Filter(type = FilterType.REGEX,
					pattern = "org\\.lccp\\.membership\\.MembershipAccessRules"))
	static class MembersLink {

	}

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

	/** From {@code LanguageTest}. */
	@ParameterizedTest
	@EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
	void navigationIsNotEnglishInTheOtherLanguages(Language language) {
		assumeTrue(new ClassPathResource("i18n/common_" + language.code() + ".properties").exists(),
				"i18n/common_" + language.code() + ".properties is not written yet");

		var english = navigationTexts(visitor().get("/about?lang=en").html());
		var translated = navigationTexts(visitor().get("/about?lang=" + language.code()).html());

		assertThat(translated.keySet()).isEqualTo(NAVIGATION.keySet()).isEqualTo(english.keySet());
		english.forEach((key, text) -> assertThat(translated.get(key)).as(key).isNotEqualTo(text));
	}

	/** From {@code LanguageTest}. */
	@Test
	void firstVisitWithoutCookieFollowsAcceptLanguage() {
		given(this.membership.counts()).willReturn(COUNTS);
		var page = visitor().acceptLanguage("ru-RU,ru;q=0.9").get("/");

		assertThat(page.status()).isEqualTo(200);
		assertPageLanguage(page.html(), Language.RU, this.messages);
	}

	/** From {@code LanguageTest}. */
	@ParameterizedTest
	@ValueSource(strings = { "de-DE,de;q=0.9,fr;q=0.8", "pt-BR", "*", "not a language range;;q=x" })
	void unsupportedOrMalformedAcceptLanguageGivesEnglish(String header) {
		given(this.membership.counts()).willReturn(COUNTS);
		var page = visitor().acceptLanguage(header).get("/");

		assertThat(page.status()).isEqualTo(200);
		assertPageLanguage(page.html(), Language.EN, this.messages);
	}

	SliceSession visitor() {
		return SliceSession.anonymous(this.mvc);
	}

}
