package org.lccp.gatherings;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * The gatherings forms are typed and bound by Spring: a value that does not convert is
 * the field's {@code typeMismatch} message in the reader's language, the page comes back
 * with what was typed, and nothing is stored.
 */
@LccpTest
class TypedGatheringFormsTest {

	@LocalServerPort
	int port;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

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
		assertThat(stored(title)).isZero();
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
		assertThat(stored(title)).isZero();
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
		assertThat(stored(title)).isZero();
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
		assertThat(stored(title)).isZero();
	}

	@Test
	void anUnknownMaterialKindAndAnImpossibleSessionTimeAreFieldErrorsInRussian() {
		var id = aGathering().createWith(this.programme);
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
		assertThat(this.jdbc.queryForObject("select count(*) from gathering_material where title = ?", Integer.class,
				"Hologram of the forum"))
			.isZero();
	}

	@Test
	void anUnknownAttendanceModeIsTheRegistrationsOwnMessageInRussian() {
		var id = aGathering().createWith(this.programme);
		var account = new TestAccounts(this.accounts).create("Typed member", Role.MEMBER);
		var member = new WebSession(this.port).login(account.email(), account.password());
		var registration = member.post("/gatherings/" + id + "/registration?lang=ru", "mode", "TELEPATHY");

		assertThat(registration.status()).isEqualTo(200);
		assertThat(registration.html().selectFirst("#mode-error").text())
			.isEqualTo("Выберите очное участие или онлайн.");
		assertThat(this.jdbc.queryForObject("select count(*) from gathering_registration where gathering_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Test
	void theEditFormShowsStoredTimesAndNumbersAsTheInputsReadThem() {
		var id = aGathering().seats(120, null).createWith(this.programme);
		var form = secretariat().get("/admin/gatherings/" + id + "/edit").html();

		assertThat(form.selectFirst("#startsAt").val()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
		assertThat(form.selectFirst("#capacityInPerson").val()).isEqualTo("120");
		assertThat(form.selectFirst("#capacityOnline").val()).isEmpty();
		assertThat(form.selectFirst("#type option[selected]").val()).isEqualTo("WORKSHOP");
	}

	private int stored(String title) {
		return this.jdbc.queryForObject("select count(*) from gathering where title = ?", Integer.class, title);
	}

	private WebSession secretariat() {
		return new WebSession(this.port).login(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
	}

}
