package org.lccp.gatherings;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.Outbox;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * The gatherings pages over real HTTP: who may do what, the online link that only
 * participants see, bad input, exports and check-in.
 */
@LccpTest
class GatheringsWebTest {

	@LocalServerPort
	int port;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts people;

	@BeforeEach
	void setUp() {
		this.people = new TestAccounts(this.accounts);
	}

	@Test
	void visitorsSeeCalendarPageFeedsAndApiButNeverTheOnlineLink() {
		var builder = aGathering();
		var id = builder.createWith(this.programme);
		var visitor = new WebSession(this.port);

		var calendar = visitor.get("/gatherings?type=WORKSHOP&country=KR&format=HYBRID&theme=carbon");
		assertThat(calendar.status()).isEqualTo(200);
		assertThat(calendar.mainText()).contains(builder.title());
		assertThat(visitor.get("/gatherings?type=FORUM").mainText()).doesNotContain(builder.title());
		assertThat(visitor.get("/gatherings?when=past").mainText()).doesNotContain(builder.title());

		var page = visitor.get("/gatherings/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.mainText()).contains(builder.title()).contains("Incheon");
		assertThat(page.body()).doesNotContain(builder.onlineLink());
		assertThat(page.html().selectFirst("#online-link").text())
			.isEqualTo("Shown to registered participants once their place is confirmed.");

		var ics = visitor.get("/gatherings/" + id + "/calendar.ics");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.header("Content-Type").orElseThrow()).startsWith("text/calendar");
		assertThat(ics.body()).contains("BEGIN:VEVENT").contains("UID:gathering-" + id).doesNotContain("meet.example");
		var all = visitor.get("/gatherings/calendar.ics");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:gathering-" + id);
		assertThat(all.body()).doesNotContain(builder.onlineLink());
		var rss = visitor.get("/gatherings/feed.rss");
		assertThat(rss.status()).isEqualTo(200);
		var feed = org.jsoup.Jsoup.parse(rss.body(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(feed.selectFirst("rss").attr("version")).isEqualTo("2.0");
		assertThat(feed.select("item > title").eachText()).contains(builder.title());

		var api = visitor.get("/api/v1/gatherings?size=100", "Accept", "application/json");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.body()).contains("\"content\"").contains("\"totalElements\"").contains(builder.title());
		assertThat(api.body()).doesNotContain(builder.onlineLink());
		var one = visitor.get("/api/v1/gatherings/" + id, "Accept", "application/json");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body()).contains(builder.title()).doesNotContain(builder.onlineLink());
		assertThat(visitor.get("/api/v1/gatherings/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void onlyParticipantsWithAConfirmedPlaceSeeTheOnlineLink() {
		var builder = aGathering().seats(10, 1);
		var id = builder.createWith(this.programme);
		var seated = login(member("Seated"));
		var waiting = login(member("Waiting"));
		var other = login(member("Other"));

		assertThat(seated.get("/gatherings/" + id).body()).doesNotContain(builder.onlineLink());
		var registered = seated.post("/gatherings/" + id + "/registration", "mode", "ONLINE", "dietary", "Vegetarian");
		assertThat(registered.status()).isEqualTo(302);
		var page = seated.follow(registered);
		assertThat(page.html().selectFirst(".notice").text()).startsWith("You are registered.");
		assertThat(page.html().selectFirst("#online-link a").attr("href")).isEqualTo(builder.onlineLink());

		waiting.post("/gatherings/" + id + "/registration", "mode", "ONLINE");
		assertThat(waiting.get("/gatherings/" + id).body()).doesNotContain(builder.onlineLink())
			.contains("You are number 1 on the waiting list");
		assertThat(other.get("/gatherings/" + id).body()).doesNotContain(builder.onlineLink());
		assertThat(new WebSession(this.port).get("/gatherings/" + id).body()).doesNotContain(builder.onlineLink());
		assertThat(other.get("/api/v1/gatherings/" + id).body()).doesNotContain(builder.onlineLink());
	}

	@Test
	void registeringTwiceAfterTheDeadlineOrWithoutAChoiceGivesClearMessages() {
		var id = aGathering().seats(1, 0).createWith(this.programme);
		var member = login(member("Eager"));
		member.follow(member.post("/gatherings/" + id + "/registration", "mode", "IN_PERSON"));
		var twice = member.follow(member.post("/gatherings/" + id + "/registration", "mode", "IN_PERSON"));
		assertThat(twice.html().selectFirst(".alert").text())
			.isEqualTo("You are registered for this gathering already.");

		var full = login(member("Latecomer"));
		var waitlisted = full.follow(full.post("/gatherings/" + id + "/registration", "mode", "IN_PERSON"));
		assertThat(waitlisted.html().selectFirst(".notice").text()).startsWith("All places are taken");

		var cancelled = full.follow(full.post("/gatherings/" + id + "/registration/cancel"));
		assertThat(cancelled.html().selectFirst(".notice").text()).isEqualTo("Your registration is cancelled.");
		var missing = full.post("/gatherings/" + id + "/registration", "dietary", "none");
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.html().selectFirst("#mode-error").text()).isEqualTo("Please choose in person or online.");
		var bogus = full.post("/gatherings/" + id + "/registration", "mode", "TELEPATHY");
		assertThat(bogus.status()).isEqualTo(200);
		assertThat(bogus.html().selectFirst("#mode-error").text()).isEqualTo("Please choose in person or online.");

		var closed = aGathering().registrationClosedSince(2).createWith(this.programme);
		assertThat(member.get("/gatherings/" + closed).mainText()).contains("Registration is closed.");
		var late = member.follow(member.post("/gatherings/" + closed + "/registration", "mode", "ONLINE"));
		assertThat(late.html().selectFirst(".alert").text()).isEqualTo("Registration is closed.");
	}

	@Test
	void theSecretariatFormRejectsAnEndBeforeTheStartAndNegativeCapacities() {
		var secretariat = secretariat();
		var title = "Rejected forum " + UUID.randomUUID();
		var response = secretariat.post("/admin/gatherings", "title", title, "type", "FORUM", "format", "HYBRID",
				"startsAt", "2031-05-02T09:00", "endsAt", "2031-05-01T18:00", "timeZone", "Asia/Seoul",
				"capacityInPerson", "-5", "capacityOnline", "10", "registrationDeadline", "2031-05-03T00:00");
		assertThat(response.status()).isEqualTo(200);
		var html = response.html();
		assertThat(html.selectFirst("#endsAt-error").text()).isEqualTo("The end must not be before the start.");
		assertThat(html.selectFirst("#capacityInPerson-error").text())
			.isEqualTo("The capacity cannot be negative; leave it empty for no limit.");
		assertThat(html.selectFirst("#registrationDeadline-error").text())
			.isEqualTo("The registration deadline must not be after the start.");

		var garbage = secretariat.post("/admin/gatherings", "title", title, "type", "NOPE", "format", "HYBRID",
				"startsAt", "tomorrow", "endsAt", "2031-05-01T18:00", "timeZone", "Mars/Olympus", "capacityOnline",
				"many");
		assertThat(garbage.status()).isEqualTo(200);
		assertThat(garbage.html().selectFirst("#startsAt-error").text()).isEqualTo("Please enter a date and time.");
		assertThat(garbage.html().selectFirst("#capacityOnline-error").text())
			.isEqualTo("Please enter a whole number of 0 or more.");
		assertThat(garbage.html().selectFirst("#timeZone-error")).isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from gathering where title = ?", Integer.class, title))
			.isZero();

		var created = secretariat.post("/admin/gatherings", "title", title, "type", "FORUM", "format", "HYBRID",
				"startsAt", "2031-05-01T09:00", "endsAt", "2031-05-01T18:00", "timeZone", "Asia/Seoul", "venueCity",
				"Incheon", "venueCountry", "KR", "capacityInPerson", "100", "capacityOnline", "", "onlineLink",
				"https://meet.example.org/forum");
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).contains("/admin/gatherings/");
		var session = secretariat.post(created.location().replaceFirst("^https?://[^/]+", "") + "/sessions", "title",
				"Opening", "startsAt", "2031-05-01T10:00", "endsAt", "2031-05-01T09:00");
		assertThat(session.status()).isEqualTo(200);
		assertThat(session.html().selectFirst("#endsAt-error").text())
			.isEqualTo("The end must not be before the start.");
		var manage = created.location().replaceFirst("^https?://[^/]+", "");
		var added = secretariat.post(manage + "/sessions", "title", "Opening", "startsAt", "2031-05-01T09:00", "endsAt",
				"2031-05-01T10:00", "speakers", "Mayor of Incheon\nUN ESCAP ENEA", "documentUrl",
				"https://example.org/opening.pdf");
		assertThat(added.status()).isEqualTo(302);
		assertThat(secretariat.get(manage).mainText()).contains("09:00–10:00 Opening");
		var material = secretariat.post(manage + "/materials", "kind", "RECORDING", "title", "Recording of the forum",
				"url", "https://example.org/recording");
		assertThat(material.status()).isEqualTo(302);
		assertThat(
				secretariat.post(manage + "/materials", "kind", "HOLOGRAM", "title", "x", "url", "javascript:alert(1)")
					.status())
			.isEqualTo(200);
		var publicPage = new WebSession(this.port).get(manage.replace("/admin/gatherings/", "/gatherings/")).mainText();
		assertThat(publicPage).contains("Opening")
			.contains("Speakers: Mayor of Incheon; UN ESCAP ENEA")
			.contains("Recording of the forum")
			.doesNotContain("meet.example.org/forum");
	}

	@Test
	void exportsNeutraliseFormulasAndCheckInCountsAppear() throws Exception {
		var id = aGathering().createWith(this.programme);
		var member = member("Formula");
		var session = login(member);
		session.post("/gatherings/" + id + "/registration", "mode", "IN_PERSON", "dietary", "=1+2", "accessibility",
				"@SUM(A1)", "interpretation", "+cmd|' /C calc'!A0");
		var online = login(member("Online participant"));
		online.post("/gatherings/" + id + "/registration", "mode", "ONLINE", "dietary", "-2+3");

		var secretariat = secretariat();
		var csv = secretariat.get("/admin/gatherings/" + id + "/participants.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment");
		assertThat(csv.body()).contains("'=1+2").contains("'@SUM(A1)").contains("'+cmd").contains("'-2+3");
		for (var line : csv.body().replace("\uFEFF", "").split("\r\n")) {
			for (var cell : line.split(",")) {
				var value = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
			}
		}

		var xlsx = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + this.port + "/admin/gatherings/" + id + "/participants.xlsx"))
				.header("Cookie", "LCCP_SESSION=" + sessionCookie(secretariat))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		var cells = new ArrayList<String>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			for (var row : workbook.getSheetAt(0)) {
				for (var cell : row) {
					assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
					cells.add(cell.getStringCellValue());
				}
			}
		}
		assertThat(cells).contains("'=1+2", "'@SUM(A1)", "'-2+3", member.email());
		assertThat(cells).noneMatch((c) -> c.startsWith("=") || c.startsWith("@") || c.startsWith("+"));

		var checkIn = secretariat.get("/admin/gatherings/" + id + "/participants?q=formula");
		assertThat(checkIn.status()).isEqualTo(200);
		assertThat(checkIn.body()).contains("name=\"viewport\"");
		var form = checkIn.html().selectFirst("li[data-email=" + member.email() + "] form");
		var done = secretariat.post(form.attr("action"), "present", "true", "q", "formula");
		assertThat(done.status()).isEqualTo(302);
		assertThat(secretariat.follow(done).html().selectFirst("#counts").text())
			.contains("Attended: 1 in person, 0 online");
		assertThat(new WebSession(this.port).get("/gatherings/" + id).html().selectFirst("#figures").text())
			.contains("Registered: 1 in person, 1 online")
			.contains("Attended: 1 in person, 0 online");
		assertThat(new Outbox(this.jdbc).latestTo(member.email()).body()).contains("/calendar.ics");
	}

	private TestAccount member(String name) {
		return this.people.create(name, Role.MEMBER);
	}

	private WebSession login(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	private WebSession secretariat() {
		return new WebSession(this.port).login(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
	}

	private static String sessionCookie(WebSession session) {
		return session.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("LCCP_SESSION"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

}
