package org.lccp.portal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lccp.mail.Mailer;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.support.ModuleTest;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The portal with the platform's security chain (identity) and nothing else: the home
 * page is open to everyone and shows the membership figures the membership module (a mock
 * here) counts, in the reader's language.
 */
@ModuleTest(extraIncludes = "identity")
@AutoConfigureMockMvc
class PortalModuleTest {

	@MockitoBean
	MembershipManagement membership;

	@MockitoBean
	Mailer mailer;

	private final MockMvcTester mvc;

	PortalModuleTest(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void anyoneSeesTheHomePageWithTheMembershipFigures() {
		given(this.membership.counts()).willReturn(new MembershipManagement.DirectoryCounts(1234, 5,
				Map.of("KR", 1000L), Map.of(InstitutionType.LOCAL_GOVERNMENT, 1234L)));

		assertThat(this.mvc.get().uri("/").queryParam("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("1,234")
			.contains("North-East Asia");
		assertThat(this.mvc.get().uri("/").queryParam("lang", "ko")).hasStatusOk().bodyText().contains("1,234");
	}

	@Test
	void theAboutPageIsOpenButAPostToTheHomePageIsRefused() {
		assertThat(this.mvc.get().uri("/about")).hasStatusOk();
		assertThat(this.mvc.post().uri("/")).hasStatus(HttpStatus.FORBIDDEN);
	}

}
