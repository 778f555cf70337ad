package org.lccp.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.FailingEndpointConfiguration;
import org.lccp.support.LccpTest;
import org.lccp.support.Outbox;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Error answers: localised pages for people, problem details under {@code /api/}, never
 * an internal detail, always the security headers. The failing test endpoints give this
 * class a Spring context of its own.
 */
@LccpTest
@Import(FailingEndpointConfiguration.class)
@ActiveProfiles(FailingEndpointConfiguration.PROFILE)
class ErrorPagesTest {

	static final Locale KOREAN = Language.KO.locale();

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.accountManagement);
	}

	WebSession visitor() {
		return new WebSession(this.port);
	}

	WebSession signedIn(Role role) {
		var account = this.accounts.create("Errors " + role.name(), role);
		return visitor().login(account.email(), account.password());
	}

	@Test
	void unknownAddressShowsTheNotFoundPageInTheLanguageOfTheLangParameter() {
		var page = visitor().get("/no/such/page?lang=ko");

		assertErrorPage(page, 404, KOREAN);
	}

	@Test
	void unknownAddressShowsTheNotFoundPageInTheLanguageOfAcceptLanguage() {
		var page = visitor().acceptLanguage("ko-KR,ko;q=0.9").get("/no/such/page");

		assertErrorPage(page, 404, KOREAN);
	}

	@Test
	void notFoundPageTitleIsKoreanNotEnglishForKoreanVisitors() {
		assumeTrue(translated(Language.KO), "i18n/common_ko.properties is not written yet");
		var page = visitor().acceptLanguage("ko").get("/no/such/page");

		assertThat(page.html().select("main h1").text())
			.isNotEqualTo(this.messages.getMessage("error.404.title", null, Locale.ENGLISH));
	}

	@Test
	void unknownOrMalformedIdUnderSignedInPathsIsNotFoundNotAServerError() {
		var secretariat = signedIn(Role.SECRETARIAT);
		for (var base : new String[] { "/admin/accounts/", "/admin/outbox/", "/admin/membership/" }) {
			assertErrorPage(secretariat.get(base + UUID.randomUUID()), 404, Locale.ENGLISH);
			assertErrorPage(secretariat.get(base + "not-a-uuid"), 404, Locale.ENGLISH);
		}
		var member = signedIn(Role.MEMBER);
		assertErrorPage(member.get("/membership/applications/" + UUID.randomUUID()), 404, Locale.ENGLISH);
		assertErrorPage(member.get("/membership/applications/12345/edit"), 404, Locale.ENGLISH);
	}

	@Test
	void unknownAddressUnderApiIsAProblemDetail() {
		var answer = visitor().acceptLanguage("ja").get("/api/nothing");

		var problem = assertProblem(answer, 404);
		assertThat(problem.get("title")).isEqualTo(message("error.404.title", Language.JA.locale()));
	}

	@Test
	void anonymousCallToAnApiEndpointWithoutRuleIsAnUnauthorizedProblemNotALoginRedirect() {
		var answer = visitor().get(FailingEndpointConfiguration.UNRULED_API + "?lang=ru");

		var problem = assertProblem(answer, 401);
		assertThat(problem.get("title")).isEqualTo(message("error.401.title", Language.RU.locale()));
	}

	@Test
	void signedInCallToAnApiEndpointWithoutRuleIsAForbiddenProblem() {
		var answer = signedIn(Role.SECRETARIAT).get(FailingEndpointConfiguration.UNRULED_API);

		assertProblem(answer, 403);
		assertThat(answer.body()).doesNotContain("nobody may read this");
	}

	@Test
	void serverErrorOnAPageShowsTheLocalisedErrorPageWithoutInternals() {
		var page = visitor().acceptLanguage("ja").get(FailingEndpointConfiguration.FAILING_PAGE);

		assertErrorPage(page, 500, Language.JA.locale());
		assertThat(page.body()).doesNotContain(FailingEndpointConfiguration.SECRET_DETAIL, "IllegalStateException",
				"FailingController");
	}

	@Test
	void serverErrorUnderApiIsAProblemDetailWithoutInternals() {
		var answer = visitor().get(FailingEndpointConfiguration.FAILING_API);

		var problem = assertProblem(answer, 500);
		assertThat(problem.get("title")).isEqualTo(message("error.500.title", Locale.ENGLISH));
		assertThat(answer.body()).doesNotContain(FailingEndpointConfiguration.SECRET_DETAIL, "IllegalStateException",
				"FailingController");
	}

	@Test
	void tenMegabyteFormIsRefusedWithTheLocalisedTooLargePageAndStoresNothing() {
		var web = visitor().acceptLanguage("ru");
		var email = "huge." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
		var form = "_csrf=" + web.csrfToken() + "&email=" + email.replace("@", "%40")
				+ "&displayName=Huge&password=long+enough+pass+phrase&passwordRepeat=long+enough+pass+phrase"
				+ "&language=EN&displayName=" + "x".repeat(10 * 1024 * 1024);

		var answer = web.postBody("/signup", form);

		assertErrorPage(answer, 413, Language.RU.locale());
		assertThat(this.accountManagement.exists(email)).isFalse();
		assertThat(new Outbox(this.jdbc).to(email)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/members", "/signup", "/no/such/page", "/api/nothing",
			FailingEndpointConfiguration.FAILING_PAGE })
	void everyAnswerCarriesTheSecurityHeadersAndNoInternals(String path) {
		var answer = visitor().get(path);
		assertSecurityHeaders(answer);
		assertNoInternals(answer);
	}

	@Test
	void refusedAndSignedInPagesCarryTheSecurityHeadersToo() {
		var member = signedIn(Role.MEMBER);
		var refused = member.get("/admin/accounts");
		assertErrorPage(refused, 403, Locale.ENGLISH);
		assertSecurityHeaders(refused);
		assertSecurityHeaders(member.get("/profile"));
	}

	@Test
	void malformedFormOrQueryValueIsABadRequestNotAMissingPage() {
		var secretariat = signedIn(Role.SECRETARIAT);
		var target = this.accounts.create("Target");

		var answer = secretariat.post("/admin/accounts/" + target.id() + "/roles", "role", "NO_SUCH_ROLE", "grant",
				"maybe");

		assertErrorPage(answer, 400, Locale.ENGLISH);
		assertThat(this.accountManagement.find(target.id()).roles()).isEmpty();
		assertErrorPage(secretariat.get("/admin/audit?from=yesterday"), 400, Locale.ENGLISH);
	}

	/** A localised error page with the given status and no internals. */
	void assertErrorPage(WebSession.Response page, int status, Locale locale) {
		assertThat(page.status()).as("status of %s", page.body()).isEqualTo(status);
		assertThat(page.header("Content-Type").orElse("")).startsWith("text/html");
		var html = page.html();
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo(locale.getLanguage());
		var title = message("error." + status + ".title", locale);
		assertThat(html.select("main h1").text()).isEqualTo(title);
		assertThat(html.title()).startsWith(title);
		assertNoInternals(page);
	}

	Map<String, Object> assertProblem(WebSession.Response answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
		Map<String, Object> problem = JsonPath.read(answer.body(), "$");
		assertThat(problem.get("status")).isEqualTo(status);
		assertThat(problem.get("title")).asString().isNotBlank();
		assertThat(problem).doesNotContainKeys("trace", "exception", "message", "stackTrace", "path");
		assertNoInternals(answer);
		assertSecurityHeaders(answer);
		return problem;
	}

	static void assertNoInternals(WebSession.Response answer) {
		assertThat(answer.body()).doesNotContain("Exception", "at org.", "at java.", "Whitelabel", "org.lccp.",
				"org.springframework.");
	}

	static void assertSecurityHeaders(WebSession.Response answer) {
		assertThat(answer.header("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
		assertThat(answer.header("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.header("X-Content-Type-Options")).hasValue("nosniff");
	}

	String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	static boolean translated(Language language) {
		return new ClassPathResource("i18n/common_" + language.code() + ".properties").exists();
	}

}
