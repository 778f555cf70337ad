package org.lccp.membership;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.shared.security.Role;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

/**
 * The membership pages that take an id as a slice (the applicant's, the secretariat's and
 * the directory's controllers, the platform's error pages and security chain with
 * membership's access rules, the facade a mock that knows no such record): an unknown id
 * and one that is no id at all are the same missing page, never a server error.
 */
@ControllerSlice({ ApplicationController.class, SecretariatController.class, DirectoryController.class })
@Import(MembershipAccessRules.class)
class MembershipPagesSliceTest {

	@MockitoBean
	MembershipManagement membership;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Test
	void unknownAndMalformedApplicationIdsAreNotFound() {
		var unknown = UUID.randomUUID();
		given(this.membership.application(eq(unknown)))
			.willThrow(new MembershipManagement.ApplicationNotFoundException(unknown));
		willThrow(new MembershipManagement.ApplicationNotFoundException(unknown)).given(this.membership)
			.reply(eq(unknown), any());
		given(this.membership.accept(eq(unknown)))
			.willThrow(new MembershipManagement.ApplicationNotFoundException(unknown));
		given(this.membership.institution(eq(unknown)))
			.willThrow(new MembershipManagement.InstitutionNotFoundException(unknown));
		// an account without roles, like the careless applicant of the full test
		var web = SliceSession.signedIn(this.mvc);

		assertThat(web.get("/membership/applications/" + unknown).status()).isEqualTo(404);
		assertThat(web.get("/membership/applications/" + unknown + "/edit").status()).isEqualTo(404);
		assertThat(web.post("/membership/applications/" + unknown + "/messages", "body", "Hello").status())
			.isEqualTo(404);
		var malformed = web.get("/membership/applications/not-a-uuid");
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(malformed.html().select("h1").text()).isEqualTo("Page not found");
		assertThat(web.get("/membership/applications/12345").status()).isEqualTo(404);
		assertThat(web.get("/membership/applications/%27%20or%201=1").status()).isEqualTo(404);

		var secretariat = SliceSession.signedIn(this.mvc, Role.SECRETARIAT);
		assertThat(secretariat.get("/admin/membership/" + unknown).status()).isEqualTo(404);
		assertThat(secretariat.get("/admin/membership/not-a-uuid").status()).isEqualTo(404);
		assertThat(secretariat.post("/admin/membership/" + unknown + "/accept").status()).isEqualTo(404);

		var visitor = SliceSession.anonymous(this.mvc);
		assertThat(visitor.get("/members/" + unknown).status()).isEqualTo(404);
		assertThat(visitor.get("/members/not-a-uuid").status()).isEqualTo(404);
	}

	/** From {@code ErrorPagesTest}. */
	@Test
	void unknownOrMalformedIdUnderAPublicPathIsNotFoundNotAServerError() {
		given(this.membership.institution(any())).willAnswer((call) -> {
			throw new MembershipManagement.InstitutionNotFoundException(call.getArgument(0));
		});
		var visitor = SliceSession.anonymous(this.mvc);
		assertErrorPage(visitor.get("/members/" + UUID.randomUUID()), 404, Locale.ENGLISH);
		assertErrorPage(visitor.get("/members/not-a-uuid"), 404, Locale.ENGLISH);
	}

	/** A localised error page with the given status and no internals. */
	void assertErrorPage(WebSession.Response page, int status, Locale locale) {
		assertThat(page.status()).as("status of %s", page.body()).isEqualTo(status);
		assertThat(page.header("Content-Type").orElse("")).startsWith("text/html");
		var html = page.html();
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo(locale.getLanguage());
		var title = this.messages.getMessage("error." + status + ".title", null, locale);
		assertThat(html.select("main h1").text()).isEqualTo(title);
		assertThat(html.title()).startsWith(title);
		assertThat(page.body()).doesNotContain("Exception", "at org.", "at java.", "Whitelabel", "org.lccp.",
				"org.springframework.");
	}

}
