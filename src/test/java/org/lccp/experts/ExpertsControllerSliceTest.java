package org.lccp.experts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SignedIn;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The roster's pages as a slice (the controller, the platform's security chain with the
 * roster's access rules, the roster itself a mock): who may open which page, and a
 * refused entry shown again with its field error in the reader's language.
 */
@ControllerSlice({ ExpertsController.class, ExpertsApi.class })
@Import(ExpertsAccessRules.class)
class ExpertsControllerSliceTest {

	@MockitoBean
	ExpertRoster roster;

	@Autowired
	MockMvcTester mvc;

	@Test
	void anonymousVisitorsAreSentToLoginForTheirOwnEntryAndMembersAreRefusedTheVettingQueue() {
		assertThat(this.mvc.get().uri("/my/expert-profile")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/experts").with(as(Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/experts/{id}/list", java.util.UUID.randomUUID())
			.with(as(Role.MEMBER))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(this.roster);
	}

	@Test
	void aRefusedEntryIsShownAgainWithItsFieldErrorInTheReadersLanguage() {
		given(this.roster.save(any())).willThrow(new InvalidExpertException(
				List.of(new InvalidExpertException.Violation("availableUntil", "experts.error.periodReversed"))));

		var page = this.mvc.post()
			.uri("/my/expert-profile")
			.with(as(Role.MEMBER))
			.with(csrf())
			.param("name", "Dolgor Bat")
			.param("availableFrom", "2027-06-30")
			.param("availableUntil", "2027-01-01")
			.param("lang", "ja");

		assertThat(page).hasStatusOk()
			.hasViewName("experts/form")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("availableUntil");
		assertThat(this.mvc.post()
			.uri("/my/expert-profile")
			.with(as(Role.MEMBER))
			.with(csrf())
			.param("name", "Dolgor Bat")
			.param("lang", "ja")).bodyText().contains("終了日が開始日より前です。");
	}

	@Test
	void aCountryNoCodeNamesIsTheCountrysFieldErrorInTheReadersLanguageAndNothingIsSaved() {
		var page = SliceSession.signedIn(this.mvc, Role.MEMBER)
			.post("/my/expert-profile?lang=ko", "name", "Dolgor Bat", "country", "몽골", "topics", "GHG_INVENTORY");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#country-error").text()).isEqualTo("목록에서 국가를 선택해 주십시오.");
		org.mockito.Mockito.verify(this.roster, org.mockito.Mockito.never()).save(any());
	}

	@Test
	void aFormWithoutTheSessionsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/my/expert-profile").with(as(Role.MEMBER)).param("name", "Forged"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(this.roster);
	}

	@Test
	void rosterPagesSpeakTheReadersLanguage() {
		var listed = new ExpertView(UUID.randomUUID(), UUID.randomUUID(), "Dolgor Bat", "GHG inventory trainer",
				"Mongolian University of Science and Technology", "MN", "Trains city staff on the GPC.",
				Set.of(Topic.GHG_INVENTORY), Set.of("Stationary energy"), Set.of(ExpertTool.GPC_INVENTORY),
				Set.of("mn", "en"), Set.of("MN"), Availability.AVAILABLE, null, null,
				Set.of(PublicField.INSTITUTION, PublicField.TOPICS, PublicField.LANGUAGES), ExpertStatus.LISTED, null,
				null, Instant.parse("2026-09-01T08:00:00Z"), Instant.parse("2026-09-10T08:00:00Z"), 1);
		given(this.roster.publicPage(any(), anyInt(), anyInt()))
			.willReturn(new PageImpl<>(List.of(listed), PageRequest.of(0, 20), 1));

		var page = SliceSession.anonymous(this.mvc).acceptLanguage("mn").get("/experts").html();
		assertThat(page.select("h1").text()).isEqualTo("Шинжээчдийн жагсаалт");
		var zh = SliceSession.anonymous(this.mvc).acceptLanguage("zh").get("/experts").html();
		assertThat(zh.select("h1").text()).isEqualTo("专家名录");
		assertThat(Language.values()).hasSize(6);
	}

	/** From {@code ExpertRosterTest}. */
	@Test
	void whoMayDoWhat() {
		given(this.roster.save(any())).willReturn(UUID.randomUUID());
		// an entry that is not listed is not shown to other members, as the roster
		// answers
		given(this.roster.profile(any())).willThrow(new ExpertNotFoundException());
		var anonymous = SliceSession.anonymous(this.mvc);
		assertThat(anonymous.get("/my/expert-profile").status()).isEqualTo(302);
		var member = SliceSession.signedIn(this.mvc, Role.MEMBER);
		var id = apply(member, "Who " + UUID.randomUUID());
		assertThat(member.post("/admin/experts/" + id + "/list").status()).isEqualTo(403);
		assertThat(member.get("/admin/experts").status()).isEqualTo(403);
		// another member cannot see an entry that is not listed
		var other = SliceSession.signedIn(this.mvc, Role.MEMBER);
		assertThat(other.get("/experts/" + id).status()).isEqualTo(404);
		assertThat(SliceSession.anonymous(this.mvc).get("/experts/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(SliceSession.anonymous(this.mvc).get("/api/v1/experts/" + id).status()).isEqualTo(404);
	}

	UUID apply(SliceSession member, String name, String... publicFields) {
		var fields = new java.util.ArrayList<String>(java.util.List.of("name", name, "headline",
				"GHG inventory trainer", "institution", "Private Institute " + name, "country", "MN", "biography",
				"Private biography of " + name, "topics", "GHG_INVENTORY", "topics", "CLIMATE_FINANCE", "sectors",
				"ENERGY_SUPPLY", "tools", "GPC_INVENTORY", "languages", "mn", "languages", "ru", "countriesServed",
				"MN, RU", "availability", "AVAILABLE", "availableFrom", "2026-01-01", "availableUntil", "2027-12-31"));
		for (var p : publicFields) {
			fields.add("publicFields");
			fields.add(p);
		}
		var r = member.post("/my/expert-profile", fields.toArray(String[]::new));
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
	}

	private static RequestPostProcessor as(Role role) {
		var account = SignedIn.account("Slice member");
		return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
	}

	@Test
	void theRosterIsPagedAsTheRestOfTheOpenDataApi() {
		given(this.roster.publicPage(any(), any(PageRequest.class)))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(1, PageRequest.class), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/experts");
	}

}
