package org.lccp.shared.i18n;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six UI languages: chosen by {@code ?lang=} and remembered by a cookie (the choice
 * made last wins; only the profile form changes the profile's language, which a login
 * without a choice in this browser session brings back), guessed from
 * {@code Accept-Language} on a first visit, offered by the switcher on every page.
 */
@LccpTest
public class LanguageTest {

	/** Navigation texts every page shows to anonymous visitors, and their links. */
	public static final Map<String, String> NAVIGATION = Map.of("layout.nav.members", "/members", "layout.nav.about",
			"/about", "layout.nav.login", "/login", "layout.nav.signup", "/signup");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.accountManagement);
	}

	WebSession visitor() {
		return new WebSession(this.port);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void langParameterSwitchesThePageLanguageAndACookieRemembersIt(Language language) {
		var web = visitor().acceptLanguage("en");

		var chosen = web.get("/about?lang=" + language.code());

		assertThat(chosen.status()).isEqualTo(200);
		assertPageLanguage(chosen.html(), language);
		assertThat(languageCookie(web)).isEqualTo(language.code());

		var next = web.get("/members");
		assertThat(next.status()).isEqualTo(200);
		assertPageLanguage(next.html(), language);
	}

	@Test
	void chosenLanguageWinsOverAcceptLanguage() {
		var web = visitor().acceptLanguage("ru-RU,ru;q=0.9");
		web.get("/?lang=ja");

		assertPageLanguage(web.get("/about").html(), Language.JA);
	}

	@Test
	void languageSwitcherOnEveryPageLinksToTheSamePathAndQueryWithTheNewLanguage() {
		var account = this.accounts.create("Switcher", Role.SECRETARIAT, Role.MEMBER);
		// The secretariat appoints the account national focal point too, so that the
		// nomination form is among the pages it opens (roles are read at sign-in).
		var appointed = visitor().login(account.email(), account.password())
			.post("/admin/membership/focal-points", "email", account.email(), "country", "KR");
		assertThat(appointed.status()).as("appointment").isEqualTo(302);
		var web = visitor().login(account.email(), account.password());
		var pages = pagesWithoutPathVariables();
		assertThat(pages).contains("/", "/members", "/profile", "/admin/accounts");

		for (var path : pages) {
			var query = "filter=a%20b&page=0&lang=ko";
			var page = web.get(path + "?" + query);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertSwitcher(page.html(), path, query);
		}

		var anonymous = visitor().get("/members?country=KR&type=LOCAL_GOVERNMENT");
		assertSwitcher(anonymous.html(), "/members", "country=KR&type=LOCAL_GOVERNMENT");
	}

	@Test
	void languageSwitcherOnTheNotFoundPageKeepsThePath() {
		var page = visitor().get("/no/such/page");

		assertThat(page.status()).isEqualTo(404);
		var links = switcherLinks(page.html());
		assertThat(links.keySet()).containsExactlyInAnyOrder(codes());
		links.forEach((code, href) -> {
			var link = UriComponentsBuilder.fromUriString(href).build();
			assertThat(link.getPath()).isEqualTo("/no/such/page");
			assertThat(link.getQueryParams().get("lang")).containsExactly(code);
		});
	}

	@Test
	void switchingLanguageWhileSignedInLeavesTheProfileAsItIs() {
		var account = this.accounts.create("Polyglot", Language.EN, Role.MEMBER);
		var web = visitor().login(account.email(), account.password());

		assertPageLanguage(web.get("/about?lang=mn").html(), Language.MN);
		assertPageLanguage(web.get("/about").html(), Language.MN);

		assertThat(this.accountManagement.find(account.id()).language()).isEqualTo(Language.EN);
		var profile = web.get("/profile").html();
		assertThat(profile.select("select#language option[selected]").attr("value")).isEqualTo("EN");
	}

	@Test
	void theProfileFormChangesTheLanguageAndALaterLoginWithoutAChoiceUsesIt() {
		var account = this.accounts.create("Settled", Language.EN, Role.MEMBER);
		var web = visitor().login(account.email(), account.password());
		var saved = web.post("/profile", "displayName", "Settled", "language", "MN", "affiliation", "");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.accountManagement.find(account.id()).language()).isEqualTo(Language.MN);

		var elsewhere = visitor().acceptLanguage("en");
		var login = elsewhere.tryLogin(account.email(), account.password());
		assertThat(login.status()).isEqualTo(302);
		assertThat(languageCookie(elsewhere)).isEqualTo("mn");
		assertPageLanguage(elsewhere.get("/").html(), Language.MN);
	}

	@Test
	void aLanguageChosenBeforeLoggingInWinsOverTheProfileAndLeavesItAlone() {
		var account = this.accounts.create("Untouched", Language.KO, Role.MEMBER);
		var web = visitor();
		web.get("/?lang=ru");

		web.login(account.email(), account.password());

		assertThat(this.accountManagement.find(account.id()).language()).isEqualTo(Language.KO);
		assertPageLanguage(web.get("/").html(), Language.RU);
		assertThat(languageCookie(web)).isEqualTo("ru");
	}

	@Test
	void theLanguageChosenLastWins() {
		var account = this.accounts.create("Switcher", Language.JA, Role.MEMBER);
		var web = visitor();
		web.get("/?lang=ru");
		web.login(account.email(), account.password());
		web.get("/?lang=zh");
		assertPageLanguage(web.get("/about").html(), Language.ZH);
		web.post("/logout");
		assertPageLanguage(web.get("/about").html(), Language.ZH);
		web.login(account.email(), account.password());
		assertPageLanguage(web.get("/about").html(), Language.ZH);
		assertThat(this.accountManagement.find(account.id()).language()).isEqualTo(Language.JA);
	}

	@Test
	void datesOnTheProfileAreWrittenTheWayTheLanguageWritesThem() {
		var account = this.accounts.create("Dates", Role.MEMBER);
		var web = visitor().login(account.email(), account.password());
		var created = this.accountManagement.find(account.id()).createdAt();
		var year = String.valueOf(created.atZone(ZoneOffset.UTC).getYear());

		var english = accountCreated(web.get("/profile?lang=en").html(), Language.EN);
		var japanese = accountCreated(web.get("/profile?lang=ja").html(), Language.JA);

		assertThat(english).contains(year);
		assertThat(japanese).contains(year);
		assertThat(japanese).isNotEqualTo(english);
		var englishMonth = created.atZone(ZoneOffset.UTC)
			.getMonth()
			.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
		assertThat(english).contains(englishMonth);
		assertThat(japanese).doesNotContain(englishMonth);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "EN-gb", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
			"%22%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E", "" })
	void unknownLangValueKeepsEnglishAndIsNotReflected(String value) {
		var web = visitor();

		var page = web.get("/about?lang=" + value + "&q=%3Cb%3Ebold%3C%2Fb%3E");

		assertThat(page.status()).isEqualTo(200);
		assertPageLanguage(page.html(), Language.EN);
		assertThat(languageCookie(web)).isNull();
		assertThat(page.body()).doesNotContain("<script>alert(", "\"><script>", "<b>bold</b>");
		assertThat(page.html().select("script:not([src])")).isEmpty();
		assertThat(page.html().select("main b")).isEmpty();
		switcherLinks(page.html()).forEach((code,
				href) -> assertThat(UriComponentsBuilder.fromUriString(href).build().getQueryParams().get("lang"))
					.containsExactly(code));
	}

	void assertPageLanguage(Document page, Language language) {
		assertPageLanguage(page, language, this.messages);
	}

	/** The page speaks the language: its {@code lang}, navigation and switcher. */
	public static void assertPageLanguage(Document page, Language language, MessageSource messages) {
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language.code());
		var shown = navigationTexts(page);
		assertThat(shown).containsKeys("layout.nav.members", "layout.nav.about");
		shown.forEach(
				(key, text) -> assertThat(text).as(key).isEqualTo(messages.getMessage(key, null, language.locale())));
		assertThat(page.select("nav.languages a[aria-current=true]").attr("hreflang")).isEqualTo(language.code());
	}

	/**
	 * The main navigation's texts by message key; signed-in pages show no login and
	 * sign-up links.
	 */
	public static Map<String, String> navigationTexts(Document page) {
		var texts = new LinkedHashMap<String, String>();
		NAVIGATION.forEach((key, href) -> {
			var link = page.selectFirst("header nav a[href=" + href + "]");
			if (link != null) {
				texts.put(key, link.text());
			}
		});
		return texts;
	}

	String accountCreated(Document profile, Language language) {
		var label = this.messages.getMessage("account.since", null, language.locale());
		var term = profile.select("dl.facts dt").stream().filter((dt) -> dt.text().equals(label)).findFirst();
		assertThat(term).as("'%s' on the profile in %s", label, language).isPresent();
		return term.get().nextElementSibling().text();
	}

	/** The switcher offers every language, each pointing to the page's path and query. */
	static void assertSwitcher(Document page, String path, String query) {
		var expectedQuery = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
		var links = switcherLinks(page);
		assertThat(links.keySet()).as(path).containsExactlyInAnyOrder(codes());
		links.forEach((code, href) -> {
			var link = UriComponentsBuilder.fromUriString(href).build();
			assertThat(URI.create(href).isAbsolute()).as(href).isFalse();
			assertThat(link.getPath()).as(href).isEqualTo(path);
			var wanted = new HashMap<String, List<String>>(expectedQuery);
			wanted.put("lang", List.of(code));
			assertThat(asMap(link.getQueryParams())).as(href).isEqualTo(wanted);
		});
	}

	static Map<String, String> switcherLinks(Document page) {
		var links = new HashMap<String, String>();
		page.select("nav.languages a").forEach((a) -> links.put(a.attr("hreflang"), a.attr("href")));
		return links;
	}

	static Map<String, List<String>> asMap(MultiValueMap<String, String> params) {
		return new HashMap<>(params);
	}

	static String[] codes() {
		return java.util.Arrays.stream(Language.values()).map(Language::code).toArray(String[]::new);
	}

	static String languageCookie(WebSession web) {
		return web.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(LanguageLocaleResolver.COOKIE))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Every GET page (HTML) without path variables, from the platform's own mapping. */
	List<String> pagesWithoutPathVariables() {
		var pages = new TreeSet<String>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			var methods = info.getMethodsCondition().getMethods();
			// Pages are views; data endpoints (JSON, files) have no language switcher.
			var page = handler.getReturnType().getParameterType() == String.class
					&& !handler.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
					&& !handler.getBeanType()
						.isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class);
			if (page && (methods.isEmpty() || methods.stream().anyMatch((m) -> m.name().equals("GET")))) {
				info.getPatternValues()
					.stream()
					.filter((p) -> !p.equals("/error") && !p.contains("{") && !p.contains("*"))
					// Feeds, files and the API are not pages and have no language
					// switcher.
					.filter((p) -> !p.startsWith("/api/") && !p.matches(".*\\.[a-z]+$"))
					.forEach(pages::add);
			}
		});
		return new ArrayList<>(pages);
	}

}
