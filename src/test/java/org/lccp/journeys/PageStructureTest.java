package org.lccp.journeys;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.DemoDataOn;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls every kind of page a visitor, a member and the secretariat can reach by
 * following links from the demo data, in several languages, and checks what assistive
 * technology depends on: no id used twice, every form field with a label, headings that
 * do not skip a level.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, DemoDataOn.class })
class PageStructureTest {

	private static final int MAX_PAGES = 160;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.accountManagement);
	}

	@Test
	void publicPagesHaveUniqueIdsLabelledFieldsAndHeadingsInOrder() {
		var problems = crawl(new WebSession(this.port), "en", "/", "/search?q=carbon", "/targets", "/cities",
				"/cities/compare", "/cities/map", "/gatherings", "/members", "/signup", "/login", "/forgot");
		assertThat(problems).isEmpty();
	}

	@Test
	void pagesOfMembersAndTheSecretariatAreJustAsSound() {
		var secretariat = this.accounts.create("Secretariat crawler", Role.SECRETARIAT, Role.MEMBER);
		var web = new WebSession(this.port).login(secretariat.email(), secretariat.password());
		var problems = crawl(web, "ru", "/", "/profile", "/admin/accounts", "/admin/audit", "/admin/outbox",
				"/admin/membership", "/admin/gatherings", "/admin/gatherings/new", "/admin/knowledge",
				"/admin/knowledge/topics", "/admin/cities/import", "/account/api-tokens", "/membership/apply",
				"/knowledge/new", "/my/knowledge", "/membership/applications");
		assertThat(problems).isEmpty();
	}

	@Test
	void pagesInChineseAndMongolianAreJustAsSound() {
		var member = this.accounts.create("Member crawler", Role.MEMBER);
		var web = new WebSession(this.port).login(member.email(), member.password());
		var problems = new ArrayList<String>();
		problems.addAll(crawlSome(web, "zh", 60, "/", "/targets", "/cities"));
		problems.addAll(crawlSome(new WebSession(this.port), "mn", 60, "/", "/search?q=хот", "/gatherings"));
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsDuplicateIdsUnlabelledFieldsAndSkippedHeadings() {
		var page = org.jsoup.Jsoup.parse("""
				<main><h1>Title</h1><h3>Skipped</h3>
				<form><label for="text">Reason</label><textarea id="text" name="reason"></textarea>
				<textarea id="text" name="other"></textarea><input name="free"></form></main>""");
		assertThat(check("/page", page)).containsExactlyInAnyOrder("/page: id \"text\" used 2 times",
				"/page: field input[name=free] has no label", "/page: heading h3 \"Skipped\" follows h1");
	}

	private List<String> crawl(WebSession web, String language, String... starts) {
		return crawlSome(web, language, MAX_PAGES, starts);
	}

	private List<String> crawlSome(WebSession web, String language, int max, String... starts) {
		web.get("/?lang=" + language);
		var problems = new ArrayList<String>();
		var queue = new ArrayDeque<>(List.of(starts));
		var seen = new HashSet<String>();
		queue.forEach((start) -> seen.add(shape(start)));
		var visited = 0;
		while (!queue.isEmpty() && visited < max) {
			var path = queue.poll();
			var response = web.get(path);
			if (response.status() != 200 || !response.header("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			visited++;
			var page = response.html();
			problems.addAll(check(path, page));
			for (var link : page.select("a[href]")) {
				var next = internal(link.attr("href"));
				if (next != null && seen.add(shape(next)) && seen.size() < max * 4) {
					queue.add(next);
				}
			}
		}
		assertThat(visited).as("pages crawled from %s", List.of(starts)).isGreaterThan(Math.min(max / 2, 20));
		return problems;
	}

	/** Pages only: no downloads, feeds, API or logout; one sample per distinct query. */
	private static String internal(String href) {
		if (!href.startsWith("/") || href.startsWith("//")) {
			return null;
		}
		var path = URI.create(href.replace(" ", "%20")).getPath();
		if (path == null || path.startsWith("/api/") || path.startsWith("/files/") || path.startsWith("/feeds")
				|| path.startsWith("/webjars") || path.startsWith("/assets") || path.startsWith("/v3/")
				|| path.startsWith("/swagger") || path.startsWith("/open-data") || path.contains("logout")
				|| path.endsWith(".ics") || path.endsWith(".rss") || path.endsWith(".csv") || path.endsWith(".xlsx")
				|| path.endsWith(".zip") || path.contains("/export")) {
			return null;
		}
		return href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
	}

	/**
	 * Pages of one kind look alike: one sample of each path (ids and numbers taken out)
	 * and set of query parameters is enough, so the crawl reaches every kind of page.
	 */
	private static String shape(String href) {
		var uri = URI.create(href.replace(" ", "%20"));
		var path = uri.getPath().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("/\\d+", "/{n}");
		var query = uri.getRawQuery() == null ? ""
				: java.util.Arrays.stream(uri.getRawQuery().split("&"))
					.map((pair) -> pair.split("=")[0])
					.filter((name) -> !name.equals("lang"))
					.sorted()
					.distinct()
					.toList()
					.toString();
		return path + query;
	}

	static List<String> check(String path, Document page) {
		var problems = new ArrayList<String>();
		var ids = new LinkedHashMap<String, Integer>();
		for (var element : page.select("[id]")) {
			ids.merge(element.id(), 1, Integer::sum);
		}
		ids.forEach((id, count) -> {
			if (count > 1) {
				problems.add(path + ": id \"" + id + "\" used " + count + " times");
			}
		});
		for (var field : page.select("input, select, textarea")) {
			var type = field.attr("type");
			if (Set.of("hidden", "submit", "button", "reset", "image").contains(type)) {
				continue;
			}
			if (!labelled(page, field)) {
				problems.add(path + ": field " + describe(field) + " has no label");
			}
		}
		var previous = 0;
		for (var heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
			var level = heading.tagName().charAt(1) - '0';
			if (previous == 0 && level != 1) {
				problems.add(path + ": first heading is " + heading.tagName() + " \"" + heading.text() + "\"");
			}
			else if (level > previous + 1) {
				problems
					.add(path + ": heading " + heading.tagName() + " \"" + heading.text() + "\" follows h" + previous);
			}
			previous = level;
		}
		return problems;
	}

	private static boolean labelled(Document page, Element field) {
		if (!field.attr("aria-label").isBlank() || !field.attr("aria-labelledby").isBlank()
				|| !field.attr("title").isBlank()) {
			return true;
		}
		if (!field.id().isEmpty()) {
			for (var label : page.select("label[for]")) {
				if (label.attr("for").equals(field.id()) && !label.text().isBlank()) {
					return true;
				}
			}
		}
		var wrapping = field.closest("label");
		return wrapping != null && !wrapping.text().isBlank();
	}

	private static String describe(Element field) {
		return field.tagName() + (field.id().isEmpty() ? "" : "#" + field.id())
				+ (field.attr("name").isEmpty() ? "" : "[name=" + field.attr("name") + "]");
	}

}
