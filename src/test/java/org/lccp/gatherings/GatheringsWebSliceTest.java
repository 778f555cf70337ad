package org.lccp.gatherings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.domain.PlaceNames;
import org.lccp.shared.security.Role;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.AdditionalMatchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The gatherings' pages and API as a slice (the calendar's, the secretariat's and the
 * API's controllers with the platform's binder, messages and security chain, the
 * gatherings facades mocks that hold one workshop): a value that does not convert is a
 * field error in the reader's language, what was typed stays in the form, and nothing
 * reaches the facade; a page of the API that cannot exist is a problem.
 */
@ControllerSlice({ SecretariatGatheringController.class, GatheringController.class, GatheringApi.class })
@Import({ GatheringAccessRules.class, GatheringTimes.class })
class GatheringsWebSliceTest {

	@MockitoBean
	GatheringManagement gatherings;

	@MockitoBean
	GatheringProgramme programme;

	@MockitoBean
	GatheringRegistrations registrations;

	@MockitoBean
	CityRegistry cities;

	/** The cities module's venue names, which the gathering pages ask by bean name. */
	@MockitoBean(name = "placeNames")
	PlaceNames placeNames;

	@Autowired
	MockMvcTester mvc;

	@Test
	void textInANumberFieldIsAskedForAsAWholeNumberInKoreanAndTheOtherValuesStay() {
		var title = "Typed forum " + UUID.randomUUID();
		var answer = secretariat().post("/admin/gatherings?lang=ko", "title", title, "type", "FORUM", "format",
				"HYBRID", "startsAt", "2031-05-01T09:00", "endsAt", "2031-05-01T18:00", "timeZone", "Asia/Seoul",
				"capacityInPerson", "백 명", "capacityOnline", "");

		assertThat(answer.status()).isEqualTo(200);
		var html = answer.html();
		assertThat(html.selectFirst("#capacityInPerson-error").text()).isEqualTo("0 이상의 정수를 입력하세요.");
		// A number input cannot hold text (a browser empties it too): the message says
		// what
		// to type, and the other values stay.
		assertThat(html.selectFirst("#capacityInPerson").val()).isEmpty();
		assertThat(html.selectFirst("#startsAt").val()).isEqualTo("2031-05-01T09:00");
		assertThat(html.selectFirst("#type option[selected]").val()).isEqualTo("FORUM");
		assertThat(html.selectFirst("#title").val()).isEqualTo(title);
		verifyNoInteractions(this.programme);
	}

	@Test
	void anImpossibleDateIsAskedForAsADateAndTimeInRussianAndStaysInTheField() {
		var title = "Impossible forum " + UUID.randomUUID();
		var answer = secretariat().post("/admin/gatherings?lang=ru", "title", title, "type", "FORUM", "format",
				"ONLINE", "startsAt", "2031-02-30T09:00", "endsAt", "2031-03-01T18:00", "timeZone", "Asia/Seoul",
				"onlineLink", "https://meet.example.org/impossible");

		assertThat(answer.status()).isEqualTo(200);
		var html = answer.html();
		assertThat(html.selectFirst("#startsAt-error").text()).isEqualTo("Введите дату и время.");
		assertThat(html.selectFirst("#startsAt").val()).isEqualTo("2031-02-30T09:00");
		assertThat(html.selectFirst("#endsAt").val()).isEqualTo("2031-03-01T18:00");
		verifyNoInteractions(this.programme);
	}

	@Test
	void aYearOutsideTheBoundsNamesTheBoundsNotTheFormat() {
		var title = "Ancient forum " + UUID.randomUUID();
		var answer = secretariat().post("/admin/gatherings", "title", title, "type", "FORUM", "format", "ONLINE",
				"startsAt", "1850-05-01T09:00", "endsAt", "2031-05-01T18:00", "timeZone", "Asia/Seoul", "onlineLink",
				"https://meet.example.org/ancient");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html().selectFirst("#startsAt-error").text())
			.isEqualTo("Please enter a date between the years 1900 and 2200.");
		assertThat(answer.html().selectFirst("#startsAt").val()).isEqualTo("1850-05-01T09:00");
		verifyNoInteractions(this.programme);
	}

	@Test
	void anUnknownChoiceAsksForOneOfTheOfferedValuesInKorean() {
		var title = "Unknown kind " + UUID.randomUUID();
		var answer = secretariat().post("/admin/gatherings?lang=ko", "title", title, "type", "CONCERT", "format",
				"ONLINE", "startsAt", "2031-05-01T09:00", "endsAt", "2031-05-01T18:00", "timeZone", "Asia/Seoul",
				"onlineLink", "https://meet.example.org/unknown");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html().selectFirst("#type-error").text()).isEqualTo("제시된 값 중에서 선택해 주세요.");
		assertThat(answer.html().selectFirst("#format option[selected]").val()).isEqualTo("ONLINE");
		verifyNoInteractions(this.programme);
	}

	@Test
	void anUnknownMaterialKindAndAnImpossibleSessionTimeAreFieldErrorsInRussian() {
		var id = aWorkshop(120, null);
		var secretariat = secretariat();
		var material = secretariat.post("/admin/gatherings/" + id + "/materials?lang=ru", "kind", "HOLOGRAM", "title",
				"Hologram of the forum", "url", "https://example.org/hologram");
		assertThat(material.status()).isEqualTo(200);
		assertThat(material.html().selectFirst("#kind-error").text())
			.isEqualTo("Выберите одно из предложенных значений.");

		var session = secretariat.post("/admin/gatherings/" + id + "/sessions?lang=ru", "title", "Opening", "startsAt",
				"2031-05-01T25:00", "endsAt", "2031-05-01T10:00");
		assertThat(session.status()).isEqualTo(200);
		assertThat(session.html().selectFirst("#startsAt-error").text()).isEqualTo("Введите дату и время.");
		assertThat(session.html().selectFirst("#startsAt").val()).isEqualTo("2031-05-01T25:00");
		verifyNoInteractions(this.programme);
	}

	@Test
	void anUnknownAttendanceModeIsTheRegistrationsOwnMessageInRussian() {
		var id = aWorkshop(20, 50);
		var member = SliceSession.signedIn(this.mvc, Role.MEMBER);
		var registration = member.post("/gatherings/" + id + "/registration?lang=ru", "mode", "TELEPATHY");

		assertThat(registration.status()).isEqualTo(200);
		assertThat(registration.html().selectFirst("#mode-error").text())
			.isEqualTo("Выберите очное участие или онлайн.");
		verifyNoInteractions(this.registrations);
	}

	@Test
	void theEditFormShowsStoredTimesAndNumbersAsTheInputsReadThem() {
		var id = aWorkshop(120, null);
		var form = secretariat().get("/admin/gatherings/" + id + "/edit").html();

		assertThat(form.selectFirst("#startsAt").val()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
		assertThat(form.selectFirst("#capacityInPerson").val()).isEqualTo("120");
		assertThat(form.selectFirst("#capacityOnline").val()).isEmpty();
		assertThat(form.selectFirst("#type option[selected]").val()).isEqualTo("WORKSHOP");
	}

	/** From {@code GatheringsWebTest}. */
	@Test
	void accessFollowsTheRoles() {
		var id = aWorkshop(20, 50);
		var workshop = this.gatherings.gathering(id).summary();
		given(this.gatherings.calendar(anyBoolean(), any(), anyInt(), anyInt())).willAnswer(
				(call) -> new PageImpl<>(List.of(workshop), PageRequest.of(0, call.getArgument(3, Integer.class)), 1));
		given(this.gatherings.page(not(eq(id)))).willAnswer((call) -> {
			throw new GatheringNotFoundException(call.getArgument(0));
		});
		var visitor = SliceSession.anonymous(this.mvc);
		var anonymous = visitor.post("/gatherings/" + id + "/registration", "mode", "ONLINE");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");
		assertThat(visitor.get("/admin/gatherings").status()).isEqualTo(302);

		var account = SliceSession.signedIn(this.mvc);
		assertThat(account.post("/gatherings/" + id + "/registration", "mode", "ONLINE").status()).isEqualTo(403);
		assertThat(account.get("/gatherings/" + id).mainText())
			.contains("Registration is open to members of the platform.");

		var member = SliceSession.signedIn(this.mvc, Role.MEMBER);
		assertThat(member.get("/admin/gatherings").status()).isEqualTo(403);
		assertThat(member.get("/admin/gatherings/" + id + "/participants").status()).isEqualTo(403);
		assertThat(member.get("/admin/gatherings/" + id + "/participants.csv").status()).isEqualTo(403);
		assertThat(member.post("/admin/gatherings/" + id + "/outcome", "summary", "x").status()).isEqualTo(403);

		var secretariat = secretariat();
		assertThat(secretariat.get("/admin/gatherings").status()).isEqualTo(200);
		assertThat(secretariat.get("/admin/gatherings/" + id).status()).isEqualTo(200);
		assertThat(secretariat.get("/admin/gatherings/new").status()).isEqualTo(200);
		assertThat(secretariat.get("/admin/gatherings/" + id + "/edit").status()).isEqualTo(200);
		assertThat(visitor.get("/gatherings/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(visitor.get("/gatherings/not-an-id").status()).isEqualTo(404);
		assertThat(secretariat.get("/admin/gatherings/" + UUID.randomUUID()).status()).isEqualTo(404);
		verifyNoInteractions(this.registrations);
	}

	/** The gatherings API's part of {@code HostileInputTest}'s paging check. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gatherings?page=2147483647" })
	void hugeAndNegativePagesOnTheApiAreProblemDetails(String path) {
		var answer = SliceSession.anonymous(this.mvc).get(path, "Accept", "application/json");
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	private SliceSession secretariat() {
		return SliceSession.signedIn(this.mvc, Role.SECRETARIAT);
	}

	/**
	 * A hybrid workshop a month ahead in Seoul with the given seats, as the facades
	 * answer for it (the defaults of the full tests' {@code GatheringBuilder}).
	 */
	private UUID aWorkshop(Integer inPerson, Integer online) {
		var id = UUID.randomUUID();
		var zone = ZoneId.of("Asia/Seoul");
		var start = LocalDateTime.of(2031, 5, 1, 9, 0).atZone(zone).toInstant();
		var figures = new GatheringManagement.Figures(0, 0, 0, 0, 0, 0, null, null,
				inPerson == null ? null : inPerson.longValue(), online == null ? null : online.longValue());
		var summary = new GatheringManagement.GatheringSummary(id, "Test workshop " + id.toString().substring(0, 8),
				GatheringType.WORKSHOP, GatheringFormat.HYBRID, null, start, start.plusSeconds(8 * 3600), "Asia/Seoul",
				"Seoul", "KR", false, false, figures, null);
		var view = new GatheringManagement.GatheringView(summary, "A day on city GHG inventories.",
				"Seoul City Hall, 110 Sejong-daero", "https://meet.example.org/" + id, true, List.of("NEASPEC"),
				List.of(), "en, ko", null, inPerson, online, null, null, null, null, 3);
		var page = new GatheringManagement.GatheringPage(view, List.of(), List.of(), figures, null, true, false, false,
				false, new GatheringManagement.FeedbackResults(0, 0, Map.of(), List.of()));
		given(this.placeNames.city(any(), any(), any())).willReturn(new PlaceNames.LocalName("Seoul", null));
		given(this.gatherings.gathering(id)).willReturn(view);
		given(this.gatherings.page(id)).willReturn(page);
		return id;
	}

	@Test
	void theCalendarIsPagedAsTheRestOfTheOpenDataApi() {
		given(this.gatherings.calendar(anyBoolean(), any(), any(PageRequest.class)))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(2, PageRequest.class), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/gatherings?when=past");
		ApiConventions.refusedNaming(this.mvc, "/api/v1/gatherings?type=PICNIC", "type");
	}

}
