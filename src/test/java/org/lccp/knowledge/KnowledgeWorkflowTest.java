package org.lccp.knowledge;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way of an item from a member's draft to publication over real HTTP: who may see,
 * change, return, publish and take down what; revisions and their differences; bad input;
 * XSS; uploads; language fallback.
 */
@LccpTest
class KnowledgeWorkflowTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberDraftIsReturnedRevisedPublishedAndRevisedAgainWithADifference() {
		var author = account("author", Role.MEMBER);
		var editor = account("editor", Role.SECRETARIAT);
		var member = login(author);
		var word = unique("Kitakyushuwaste");
		var created = member.post("/knowledge",
				form("CASE_STUDY", "en", "Waste to energy " + word, "<p>The city burns " + word + " waste.</p>"));
		assertThat(created.status()).isEqualTo(302);
		var path = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(path).startsWith("/case-studies/");
		var id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

		// drafts are invisible to the public and to search
		assertThat(new WebSession(this.port).get(path).status()).isEqualTo(404);
		assertThat(member.get(path).body()).contains("Waste to energy");
		assertThat(member.get("/my/knowledge").body()).contains("Waste to energy " + word);

		assertThat(member.post("/knowledge/" + id + "/submit", "note", "Ready").status()).isEqualTo(302);
		var secretariat = login(editor);
		assertThat(secretariat.get("/admin/knowledge").body()).contains(word);
		assertThat(secretariat.post("/knowledge/" + id + "/return", "comment", "").status()).isEqualTo(409);
		assertThat(
				secretariat.post("/knowledge/" + id + "/return", "comment", "Please add the tonnes avoided.").status())
			.isEqualTo(302);
		assertThat(member.get(path).body()).contains("Please add the tonnes avoided.");

		var version = this.jdbc.queryForObject("select version from knowledge_item where id = ?", Long.class, id);
		var revised = form("CASE_STUDY", "en", "Waste to energy " + word,
				"<p>The city burns " + word + " waste and avoids 12,000 tonnes.</p>");
		assertThat(member.post("/knowledge/" + id, append(revised, "version", version.toString())).status())
			.isEqualTo(302);
		member.post("/knowledge/" + id + "/submit");
		assertThat(secretariat.post("/knowledge/" + id + "/publish").status()).isEqualTo(302);

		var visitor = new WebSession(this.port);
		assertThat(visitor.get(path).body()).contains("avoids 12,000 tonnes");
		assertThat(visitor.get("/search?q=" + word).body()).contains(path);
		// the author can no longer change the published text; the secretariat can, which
		// makes a second revision
		assertThat(member.get("/knowledge/" + id + "/edit").status()).isEqualTo(409);
		version = this.jdbc.queryForObject("select version from knowledge_item where id = ?", Long.class, id);
		var corrected = form("CASE_STUDY", "en", "Waste to energy " + word,
				"<p>The city burns " + word + " waste and avoids 13,000 tonnes.</p>");
		assertThat(secretariat.post("/knowledge/" + id, append(corrected, "version", version.toString())).status())
			.isEqualTo(302);
		var diff = visitor.get("/knowledge/" + id + "/revisions/2");
		assertThat(diff.status()).isEqualTo(200);
		assertThat(diff.body()).contains("<del>12</del>,000").contains("<ins>13</ins>,000");
		// field names are shown as the form's labels, in the reader's language
		assertThat(diff.body()).contains("Text [en]: ");
		assertThat(visitor.acceptLanguage("ja").get("/knowledge/" + id + "/revisions/2").body()).contains("本文 [en]: ");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where record_id = ?", Long.class,
				id.toString()))
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void takingDownNeedsAReasonAndHidesTheItem() {
		var secretariat = login(account("editor", Role.SECRETARIAT));
		var path = secretariat
			.post("/knowledge", form("NEWS", "en", "Forum held", "<p>It was held.</p>", "publishedOn", "2023-08-29"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var id = path.substring(path.lastIndexOf('/') + 1);
		secretariat.post("/knowledge/" + id + "/publish");
		assertThat(new WebSession(this.port).get(path).status()).isEqualTo(200);
		assertThat(secretariat.post("/knowledge/" + id + "/unpublish", "reason", " ").status()).isEqualTo(409);
		assertThat(secretariat.post("/knowledge/" + id + "/unpublish", "reason", "Date was wrong").status())
			.isEqualTo(302);
		assertThat(new WebSession(this.port).get(path).status()).isEqualTo(404);
		assertThat(new WebSession(this.port).get("/api/v1/news/" + id).status()).isEqualTo(404);
	}

	@Test
	void othersCannotChangeOrDecideAndResourceCentresReviewOnlyTheirCategories() {
		var author = login(account("author", Role.MEMBER));
		var path = author
			.post("/knowledge",
					form("CASE_STUDY", "en", "Green roofs", "<p>Roofs.</p>", "categories", "NATURE_BASED_SOLUTIONS"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var id = path.substring(path.lastIndexOf('/') + 1);
		author.post("/knowledge/" + id + "/submit");
		var stranger = login(account("stranger", Role.MEMBER));
		assertThat(stranger.get(path).status()).isEqualTo(404);
		assertThat(stranger.post("/knowledge/" + id + "/publish").status()).isEqualTo(403);
		assertThat(author.post("/knowledge/" + id + "/publish").status()).isEqualTo(403);

		var centreAccount = account("centre", Role.RESOURCE_CENTRE);
		var centre = login(centreAccount);
		assertThat(centre.get(path).status()).isEqualTo(404);
		var secretariat = login(account("editor", Role.SECRETARIAT));
		secretariat.post("/admin/knowledge/stewards", "email", centreAccount.email(), "category", "POLICIES");
		assertThat(centre.post("/knowledge/" + id + "/publish").status()).isEqualTo(404);
		// refusals on the secretariat's topics page are messages on that page
		secretariat.get("/admin/knowledge/topics");
		var unknown = secretariat.post("/admin/knowledge/stewards", "email", "nobody@example.org", "category",
				"POLICIES");
		assertThat(unknown.status()).isEqualTo(302);
		assertThat(secretariat.get("/admin/knowledge/topics").html().select("p.alert").text())
			.isEqualTo("There is no account with this email address.");
		secretariat.post("/admin/knowledge/categories", "nameEn", "");
		assertThat(secretariat.get("/admin/knowledge/topics").html().select("p.alert").text()).isNotEmpty();
		secretariat.post("/admin/knowledge/stewards", "email", centreAccount.email(), "category",
				"NATURE_BASED_SOLUTIONS");
		assertThat(centre.get("/admin/knowledge").body()).contains("Green roofs");
		assertThat(centre.post("/knowledge/" + id + "/publish").status()).isEqualTo(302);
		assertThat(new WebSession(this.port).get(path).status()).isEqualTo(200);
	}

	@Test
	void badInputGivesFieldErrorsAndStoresNothing() {
		var member = login(account("author", Role.MEMBER));
		var marker = unique("Nothingstored");
		var page = member.post("/knowledge",
				form("CASE_STUDY", "en", "", "<p>" + marker + "</p>", "periodFrom", "2015", "periodTo", "2010",
						"results", "lots | tCO2e | avoided\n100 | MWh", "links", "Evil | javascript:alert(1)",
						"countries", "XX"));
		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.select("#title-error").text()).isNotEmpty();
		assertThat(html.select("#periodTo-error").text()).isNotEmpty();
		assertThat(html.select("#results-error").text()).contains("1").contains("2");
		assertThat(html.select("#links-error").text()).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from knowledge_translation where body like ?", Long.class,
				"%" + marker + "%"))
			.isZero();
		var network = member.post("/knowledge",
				form("NETWORK", "en", "A network " + marker, "<p>x</p>", "members", "Short\n" + "x".repeat(301)));
		assertThat(network.status()).isEqualTo(200);
		assertThat(network.html().select("#members-error").text()).contains("2");
		var news = member.post("/knowledge", form("NEWS", "en", "News without a date", "<p>x</p>"));
		assertThat(news.html().select("#publishedOn-error").text()).isNotEmpty();
		var policy = member.post("/knowledge", form("POLICY", "en", "A policy", "<p>x</p>"));
		assertThat(policy.html().select("#policyLevel-error").text()).isNotEmpty();
		assertThat(policy.html().select("#countries-error").text()).isNotEmpty();
		var stale = member.post("/knowledge", form("CASE_STUDY", "en", "Stale", "<p>x</p>"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var staleId = stale.substring(stale.lastIndexOf('/') + 1);
		assertThat(member
			.post("/knowledge/" + staleId, append(form("CASE_STUDY", "en", "Stale 2", "<p>x</p>"), "version", "99"))
			.status()).isEqualTo(409);
	}

	@Test
	void scriptsInAnyFieldAreShownHarmless() {
		var secretariat = login(account("editor", Role.SECRETARIAT));
		var word = unique("Xssprobe");
		var path = secretariat
			.post("/knowledge",
					form("CASE_STUDY", "en", "<script>alert('t')</script>" + word,
							"<p onclick=\"alert(1)\">" + word + " text</p><script>alert(2)</script>"
									+ "<a href=\"javascript:alert(3)\">link</a><img src=x onerror=alert(4)>",
							"summary", "<img src=x onerror=alert(5)>" + word, "lessons",
							"<iframe src=//evil></iframe>ok", "contactInstitution", "\"><script>alert(6)</script>",
							"results", "1 | <b>t</b> | <script>alert(7)</script> | 2010"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var id = path.substring(path.lastIndexOf('/') + 1);
		secretariat.post("/knowledge/" + id + "/publish");
		// The API gives the text as data (JSON); pages and feeds must never carry it as
		// markup.
		assertThat(new WebSession(this.port).get("/api/v1/case-studies/" + id).header("Content-Type").orElseThrow())
			.contains("application/json");
		for (var page : List.of(path, "/search?q=" + word, "/case-studies")) {
			var html = new WebSession(this.port).get(page).html();
			assertThat(html.select("script").html()).as(page).doesNotContain("alert");
			assertThat(html.select("[onclick], [onerror], iframe, a[href^=javascript]")).as(page).isEmpty();
		}
		var feed = new WebSession(this.port).get("/feeds/case-studies").body();
		assertThat(feed).doesNotContain("<script>").doesNotContain("<img");
		var html = new WebSession(this.port).get(path).html();
		assertThat(html.select("h1").text()).contains("<script>alert('t')</script>");
		assertThat(html.select(".rich a").attr("href")).isEmpty();
	}

	@Test
	void aReaderSeesTheirLanguageOrTheOriginalWithANotice() {
		var secretariat = login(account("editor", Role.SECRETARIAT));
		var path = secretariat.post("/knowledge", form("CASE_STUDY", "en", "Eco-Mileage in Seoul", "<p>Points.</p>"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var id = path.substring(path.lastIndexOf('/') + 1);
		secretariat.post("/knowledge/" + id + "/publish");
		var japanese = new WebSession(this.port).acceptLanguage("ja");
		var untranslated = japanese.get(path).html();
		assertThat(untranslated.select("#language-notice").text()).contains("English");
		assertThat(untranslated.select("article h1").text()).isEqualTo("Eco-Mileage in Seoul");
		secretariat.post("/knowledge/" + id + "/translations/ja", "title", "ソウルのエコマイレージ", "summary", "", "body",
				"<p>ポイント制度。</p>", "lessons", "", "funding", "", "status", "HUMAN");
		var translated = japanese.get(path).html();
		assertThat(translated.select("#language-notice")).isEmpty();
		assertThat(translated.select("article h1").text()).isEqualTo("ソウルのエコマイレージ");
		assertThat(translated.select("article h1").attr("lang")).isEqualTo("ja");
		assertThat(japanese.get(path + "?in=en").html().select("article h1").text()).isEqualTo("Eco-Mileage in Seoul");
		assertThat(secretariat.post("/knowledge/" + id + "/translations/xx", "title", "x", "status", "HUMAN").status())
			.isEqualTo(404);
	}

	@Test
	void aPublicationPdfIsSniffedGetsACoverAndCountsDownloads() {
		var secretariat = login(account("editor", Role.SECRETARIAT));
		var path = secretariat
			.post("/knowledge",
					form("PUBLICATION", "en", "Compendium of Best Practices", "<p>Twenty cases.</p>", "publicationKind",
							"COMPENDIUM", "year", "2023"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var id = path.substring(path.lastIndexOf('/') + 1);
		secretariat.get(path);
		var refused = secretariat.postMultipart("/knowledge/" + id + "/attachments",
				List.of(new WebSession.Upload("file", "report.pdf", "application/pdf", SampleFiles.html())), "role",
				"PDF");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.location()).endsWith(path);
		var afterRefusal = secretariat.get(path).html();
		assertThat(afterRefusal.select("#file-error").text()).as(afterRefusal.select("main").html()).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select file_id from knowledge_item where id = ?::uuid", String.class, id))
			.isNull();
		secretariat.postMultipart("/knowledge/" + id + "/attachments",
				List.of(new WebSession.Upload("file", "compendium.pdf", "application/octet-stream", SampleFiles.pdf())),
				"role", "PDF");
		var fileId = this.jdbc.queryForObject("select file_id from knowledge_item where id = ?::uuid", String.class,
				id);
		assertThat(fileId).isNotNull();
		var visitor = new WebSession(this.port);
		assertThat(visitor.download("/files/" + fileId + "/thumbnail.png").status()).isEqualTo(404);
		secretariat.post("/knowledge/" + id + "/publish");
		var cover = visitor.download("/files/" + fileId + "/thumbnail.png");
		assertThat(cover.status()).isEqualTo(200);
		assertThat(cover.header("Content-Type")).contains("image/png");
		var pdf = visitor.download("/publications/" + id + "/file");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		visitor.download("/publications/" + id + "/file");
		assertThat(this.jdbc.queryForObject("select download_count from knowledge_item where id = ?::uuid", Long.class,
				id))
			.isEqualTo(2);
	}

	@Test
	void theApiAndFeedsListPublishedItemsOnly() {
		var secretariat = login(account("editor", Role.SECRETARIAT));
		var word = unique("Apinetwork");
		var published = secretariat
			.post("/knowledge", form("NETWORK", "en", "=HYPERLINK(\"x\") " + word, "<p>Cities.</p>", "acronym", "GCC"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		secretariat.post("/knowledge/" + published.substring(published.lastIndexOf('/') + 1) + "/publish");
		var draft = secretariat.post("/knowledge", form("NETWORK", "en", "Draft " + word, "<p>x</p>"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var api = new WebSession(this.port);
		var json = api.get("/api/v1/networks?size=100").body();
		assertThat(json).contains("\"content\"")
			.contains("\"totalElements\"")
			.contains(word)
			.doesNotContain("Draft " + word);
		var draftId = draft.substring(draft.lastIndexOf('/') + 1);
		var missing = api.get("/api/v1/networks/" + draftId);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type").orElseThrow()).contains("application/problem+json");
		var csv = api.get("/api/v1/networks?size=100", "Accept", "text/csv");
		assertThat(csv.header("Content-Type").orElseThrow()).contains("text/csv");
		assertThat(csv.body()).contains("'=HYPERLINK");
		var news = secretariat
			.post("/knowledge", form("NEWS", "en", "Feed item " + word, "<p>x</p>", "publishedOn", "2025-08-25"))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		secretariat.post("/knowledge/" + news.substring(news.lastIndexOf('/') + 1) + "/publish");
		var atom = api.get("/feeds/news");
		assertThat(atom.header("Content-Type").orElseThrow()).contains("application/atom+xml");
		assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("Feed item " + word);
		var entry = org.jsoup.Jsoup.parse(atom.body(), "", org.jsoup.parser.Parser.xmlParser())
			.select("entry")
			.stream()
			.filter((e) -> e.select("title").text().equals("Feed item " + word))
			.findFirst()
			.orElseThrow();
		assertThat(entry.attr("xml:lang")).isEqualTo("en");
		var rss = org.jsoup.Jsoup.parse(api.get("/feeds/news?format=rss").body(), "",
				org.jsoup.parser.Parser.xmlParser());
		assertThat(rss.selectFirst("rss").attr("version")).isEqualTo("2.0");
		assertThat(rss.select("item > title").eachText()).contains("Feed item " + word);
	}

	@Test
	void aCaseStudyPresentedAtAGatheringIsListedOnTheGatheringPage(
			@Autowired org.lccp.gatherings.GatheringProgramme gatherings) {
		var editorAccount = account("editor", Role.SECRETARIAT);
		var start = java.time.LocalDateTime.of(2019, 10, 15, 9, 0);
		var gatheringId = this.accounts.actingAs(editorAccount.id(),
				() -> gatherings.create(new org.lccp.gatherings.GatheringDetails("Peer review workshop " + unique("g"),
						org.lccp.gatherings.GatheringType.PEER_REVIEW_WORKSHOP,
						org.lccp.gatherings.GatheringFormat.IN_PERSON, null, null, start, start.plusHours(8),
						java.time.ZoneId.of("Asia/Seoul"), "Gwangju", "KR", null, null, null, null, null, null, null,
						null, null)));
		var secretariat = login(editorAccount);
		var path = secretariat
			.post("/knowledge",
					form("CASE_STUDY", "en", "Urban carbon management system", "<p>UCMS.</p>", "gatherings",
							gatheringId.toString()))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var id = path.substring(path.lastIndexOf('/') + 1);
		var visitor = new WebSession(this.port);
		assertThat(visitor.get("/gatherings/" + gatheringId).body()).doesNotContain(path);
		secretariat.post("/knowledge/" + id + "/publish");
		var gatheringPage = visitor.get("/gatherings/" + gatheringId).html();
		assertThat(gatheringPage.select("a[href=" + path + "]").text()).isEqualTo("Urban carbon management system");
		assertThat(visitor.get(path).html().select("a[href=/gatherings/" + gatheringId + "]")).isNotEmpty();
		assertThat(secretariat
			.post("/knowledge", form("CASE_STUDY", "en", "Bad gathering", "<p>x</p>", "gatherings", "not-an-id"))
			.html()
			.select("#gatherings-error")
			.text()).isNotEmpty();
	}

	@Test
	void aPublishedCaseStudyAppearsOnItsCityProfileAndInTheBulkDownload(@Autowired org.lccp.cities.CityDirectory cities)
			throws Exception {
		var editorAccount = account("editor", Role.SECRETARIAT);
		var cityName = "Knowledgeburg " + unique("c");
		var cityId = this.accounts.actingAs(editorAccount.id(),
				() -> cities.createCity(new org.lccp.cities.CityDetails("MN", null, cityName, null, null, null, null,
						null, null, org.lccp.cities.AdminLevel.MUNICIPALITY, null, null, "test")));
		var secretariat = login(editorAccount);
		var title = "Green belt of " + cityName;
		var path = secretariat
			.post("/knowledge", form("CASE_STUDY", "en", title, "<p>Trees.</p>", "cities", cityId.toString()))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		var visitor = new WebSession(this.port);
		assertThat(visitor.get("/cities/" + cityId).body()).doesNotContain(title);
		secretariat.post("/knowledge/" + path.substring(path.lastIndexOf('/') + 1) + "/publish");
		var profile = visitor.get("/cities/" + cityId).html();
		assertThat(profile.select("a[href=" + path + "]").text()).isEqualTo(title);
		assertThat(visitor.get(path).html().select("a[href=/cities/" + cityId + "]").text()).isEqualTo(cityName);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.pollInterval(java.time.Duration.ofMillis(500))
			.until(() -> zipEntry(visitor.download("/open-data/lccp-open-data.zip").body(), "knowledge_items.csv")
				.contains(title));
	}

	private static String zipEntry(byte[] zipBytes, String name) throws java.io.IOException {
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		return "";
	}

	@Test
	void theApiFiltersAndSortsAndRefusesBadParametersWithProblemDetails() {
		var secretariat = login(account("editor", Role.SECRETARIAT));
		var word = unique("Filtered");
		var older = secretariat
			.post("/knowledge",
					form("POLICY", "en", word + " law", "<p>x</p>", "countries", "MN", "policyLevel", "NATIONAL",
							"policyType", "LAW", "year", "2012", "sectors", "BUILDINGS"))
			.location();
		var newer = secretariat
			.post("/knowledge",
					form("POLICY", "en", word + " plan", "<p>x</p>", "countries", "MN", "policyLevel", "CITY",
							"policyType", "PLAN", "year", "2019", "sectors", "TRANSPORT"))
			.location();
		for (var p : List.of(older, newer)) {
			secretariat.post("/knowledge/" + p.substring(p.lastIndexOf('/') + 1) + "/publish");
		}
		secretariat.post("/knowledge/" + newer.substring(newer.lastIndexOf('/') + 1) + "/translations/mn", "title",
				word + " төлөвлөгөө", "status", "HUMAN");
		var api = new WebSession(this.port);
		assertThat(api.get("/api/v1/policies?country=MN&year=2012&size=100").body()).contains(word + " law")
			.doesNotContain(word + " plan");
		assertThat(api.get("/api/v1/policies?country=MN&sector=TRANSPORT&size=100").body()).contains(word + " plan")
			.doesNotContain(word + " law");
		assertThat(api.get("/api/v1/policies?language=mn&size=100").body()).contains(word)
			.doesNotContain(word + " law");
		var byYear = api.get("/api/v1/policies?country=MN&sort=year,asc&size=100").body();
		assertThat(byYear.indexOf(word + " law")).isLessThan(byYear.indexOf(word + " plan"));
		var first = api.get("/api/v1/policies?country=MN&size=100");
		var etag = first.header("ETag").orElseThrow();
		assertThat(api.get("/api/v1/policies?country=MN&size=100", "If-None-Match", etag).status()).isEqualTo(304);
		var bad = api.get("/api/v1/policies?sector=NOT_A_SECTOR");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(api.get("/api/v1/policies?year=abc").status()).isEqualTo(400);
	}

	private TestAccount account(String label, Role... roles) {
		return new TestAccounts(this.accounts).create(label, roles);
	}

	private WebSession login(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	private static String unique(String word) {
		// letters only, so that no analyzer splits the word
		var letters = new StringBuilder();
		for (var c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return word + letters;
	}

	static String[] form(String kind, String language, String title, String body, String... more) {
		var fields = new java.util.ArrayList<>(
				List.of("kind", kind, "originalLanguage", language, "title", title, "body", body));
		fields.addAll(List.of(more));
		return fields.toArray(String[]::new);
	}

	private static String[] append(String[] fields, String... more) {
		var list = new java.util.ArrayList<>(List.of(fields));
		list.addAll(List.of(more));
		return list.toArray(String[]::new);
	}

}
