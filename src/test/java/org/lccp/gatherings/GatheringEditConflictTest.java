package org.lccp.gatherings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * Two people editing the same gathering: the edit and outcome forms carry the version
 * they were read at, so the second save is refused with a request to reload instead of
 * silently undoing the first.
 */
@LccpTest
class GatheringEditConflictTest {

	static final String STALE = "Someone else changed this record while you were working on it. Please reload the page and try again.";

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void theSecondOfTwoEditsReadAtTheSameVersionIsRefusedAndStoresNothing() {
		var id = aGathering().createWith(this.programme);
		var first = secretariat();
		var second = secretariat();
		var firstForm = fields(first.get("/admin/gatherings/" + id + "/edit").html(), "#gathering-form");
		var secondForm = fields(second.get("/admin/gatherings/" + id + "/edit").html(), "#gathering-form");

		var saved = first.post("/admin/gatherings/" + id, with(firstForm, "title", "Edited first"));
		assertThat(saved.status()).isEqualTo(302);
		var refused = second.post("/admin/gatherings/" + id, with(secondForm, "title", "Edited second"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#gathering-form p.alert").eachText()).contains(STALE);
		assertThat(refused.html().selectFirst("#title").val()).as("what was typed is kept").isEqualTo("Edited second");
		assertThat(title(id)).isEqualTo("Edited first");

		// After reloading, the second editor's change goes through.
		var reloaded = fields(second.get("/admin/gatherings/" + id + "/edit").html(), "#gathering-form");
		assertThat(second.post("/admin/gatherings/" + id, with(reloaded, "title", "Edited second")).status())
			.isEqualTo(302);
		assertThat(title(id)).isEqualTo("Edited second");
	}

	@Test
	void anOutcomeWrittenOnAnOlderVersionIsRefusedInTheReadersLanguage() {
		var id = aGathering().createWith(this.programme);
		var first = secretariat();
		var korean = new TestAccounts(this.accounts).create("Korean editor", Language.KO, Role.SECRETARIAT);
		var second = new WebSession(this.port).login(korean.email(), korean.password());
		var firstVersion = version(first.get("/admin/gatherings/" + id).html());
		var secondVersion = version(second.get("/admin/gatherings/" + id).html());

		assertThat(first
			.post("/admin/gatherings/" + id + "/outcome", "summary", "Agreed on a roadmap.", "version", firstVersion)
			.status()).isEqualTo(302);
		var refused = second.post("/admin/gatherings/" + id + "/outcome", "summary", "Agreed on nothing.", "version",
				secondVersion);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#outcome-form p.alert").eachText())
			.contains("작업하시는 동안 다른 사용자가 이 기록을 변경했습니다. 페이지를 새로 고친 후 다시 시도해 주십시오.");
		assertThat(refused.html().selectFirst("#outcome-form input[name=version]").val()).isEqualTo(secondVersion);
		assertThat(this.jdbc.queryForObject("select outcome_summary from gathering where id = ?", String.class, id))
			.isEqualTo("Agreed on a roadmap.");
	}

	@Test
	void ofTwoConcurrentUpdatesOnTheSameVersionExactlyOneIsStored() throws Exception {
		var builder = aGathering();
		var id = builder.createWith(this.programme);
		var officer = new TestAccounts(this.accounts).create("Concurrent officer", Role.SECRETARIAT);
		var version = this.gatherings.gathering(id).version();
		var ready = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var results = new ArrayList<Future<Boolean>>();
			for (var title : List.of("Racer A", "Racer B")) {
				var details = builder.titled(title).details();
				results.add(pool.submit(() -> {
					ready.await();
					try {
						this.accounts.actingAs(officer.id(), () -> {
							this.programme.update(id, details, version);
							return null;
						});
						return true;
					}
					catch (ConflictException ex) {
						return false;
					}
				}));
			}
			ready.countDown();
			var stored = 0;
			for (var result : results) {
				stored += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(stored).isOne();
			assertThat(title(id)).isIn("Racer A", "Racer B");
			assertThat(this.gatherings.gathering(id).version()).isEqualTo(version + 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String title(java.util.UUID id) {
		return this.jdbc.queryForObject("select title from gathering where id = ?", String.class, id);
	}

	private static String version(Document manage) {
		return manage.selectFirst("#outcome-form input[name=version]").val();
	}

	/** The fields a browser would send with the form, as name/value pairs. */
	private static List<String> fields(Document page, String form) {
		var out = new ArrayList<String>();
		for (Element field : page
			.select(form + " input[name], " + form + " select[name], " + form + " textarea[name]")) {
			var type = field.attr("type");
			if (type.equals("submit") || type.equals("file")
					|| ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
				continue;
			}
			var value = field.tagName().equals("select") ? selected(field) : field.val();
			out.add(field.attr("name"));
			out.add(value);
		}
		return out;
	}

	private static String selected(Element select) {
		var chosen = select.selectFirst("option[selected]");
		return chosen == null ? "" : chosen.val();
	}

	private static String[] with(List<String> fields, String name, String value) {
		var out = new ArrayList<>(fields);
		for (int i = 0; i < out.size(); i += 2) {
			if (out.get(i).equals(name)) {
				out.set(i + 1, value);
			}
		}
		return out.toArray(String[]::new);
	}

	private WebSession secretariat() {
		var account = new TestAccounts(this.accounts).create("Editor", Role.SECRETARIAT, Role.MEMBER);
		return new WebSession(this.port).login(account.email(), account.password());
	}

}
