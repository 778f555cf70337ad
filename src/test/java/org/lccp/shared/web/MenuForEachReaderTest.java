package org.lccp.shared.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu's links are rendered once per language and set of links shown, and kept: each
 * reader still sees the links of their own roles in their own language, whoever asked
 * before them, and the log-in or log-out links of their own session.
 */
@LccpTest
class MenuForEachReaderTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	MessageSource messages;

	@Test
	void eachReaderSeesTheMenuOfTheirRolesAndLanguageWhoeverCameBefore() {
		var accounts = new TestAccounts(this.accountManagement);
		var secretariat = accounts.create("Menu secretariat", Role.SECRETARIAT);
		var member = accounts.create("Menu member", Role.MEMBER);
		var secretariatMenu = text("layout.nav.secretariat", "en");

		var anonymousBefore = new WebSession(this.port).get("/about?lang=en").html();
		var asSecretariat = new WebSession(this.port).login(secretariat.email(), secretariat.password())
			.get("/about?lang=en")
			.html();
		var asMember = new WebSession(this.port).login(member.email(), member.password()).get("/about?lang=en").html();
		var anonymousAfter = new WebSession(this.port).get("/about?lang=en").html();
		var anonymousRussian = new WebSession(this.port).get("/about?lang=ru").html();

		assertThat(summaries(asSecretariat)).contains(secretariatMenu);
		assertThat(summaries(asMember)).doesNotContain(secretariatMenu);
		assertThat(summaries(anonymousAfter)).doesNotContain(secretariatMenu);
		assertThat(menu(anonymousAfter)).isEqualTo(menu(anonymousBefore));
		assertThat(menu(asMember)).contains("Menu member").contains(text("layout.nav.logout", "en"));
		assertThat(menu(asSecretariat)).contains("Menu secretariat").doesNotContain("Menu member");
		assertThat(menu(anonymousAfter)).contains(text("layout.nav.login", "en"))
			.doesNotContain(text("layout.nav.logout", "en"));
		assertThat(menu(anonymousRussian)).contains(text("layout.nav.members", "ru"))
			.doesNotContain(text("layout.nav.members", "en"));
		assertThat(anonymousRussian.select("#site-menu a[href=/members]")).hasSize(1);
	}

	@Test
	void linksToPagesAreLeftAsWrittenAndOnlyFilesCarryTheirContentVersion() {
		var page = new WebSession(this.port).get("/search?q=energy").html();

		assertThat(page.select("#site-menu a").eachAttr("href")).contains("/members", "/about")
			.noneMatch((href) -> href.matches(".*-[0-9a-f]{32}.*"));
		assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
			.allMatch((href) -> href.matches(".*-[0-9a-f]{32}\\.css"));
	}

	@Test
	void eachResourcePatternIsReducedToTheLiteralBeginningEveryPathItServesHas() {
		assertThat(AssetLinks.Builder.literalBeginning("/assets/**")).isEqualTo("/assets/");
		assertThat(AssetLinks.Builder.literalBeginning("/favicon.ico")).isEqualTo("/favicon.ico");
		assertThat(AssetLinks.Builder.literalBeginning("/swagger-ui/*index.html")).isEqualTo("/swagger-ui/");
		assertThat(AssetLinks.Builder.literalBeginning("/webjars/*swagger-ui/5.32.14/*index.html"))
			.isEqualTo("/webjars/");
		assertThat(AssetLinks.Builder.literalBeginning("/**")).isEqualTo("/");
		assertThat(AssetLinks.Builder.literalBeginning("/files/{id}")).isEqualTo("/files/");
	}

	private String text(String key, String language) {
		return this.messages.getMessage(key, null, java.util.Locale.forLanguageTag(language));
	}

	private static java.util.List<String> summaries(Document page) {
		return page.select("#site-menu summary").eachText();
	}

	private static String menu(Document page) {
		return page.select("#site-menu").text();
	}

}
