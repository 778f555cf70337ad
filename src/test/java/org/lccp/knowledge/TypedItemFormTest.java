package org.lccp.knowledge;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.knowledge.KnowledgeWorkflowTest.form;

/**
 * The item form's years, date and choices are typed and bound by Spring: a value that
 * does not convert is the field's {@code typeMismatch} message in the reader's language,
 * the form comes back with what was typed, and nothing is stored.
 */
@LccpTest
class TypedItemFormTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWordForAYearIsAskedForAsAWholeNumberInRussianAndTheOtherValuesStay() {
		var title = "Typed publication " + UUID.randomUUID();
		var page = login(Role.MEMBER).post("/knowledge?lang=ru",
				form("PUBLICATION", "en", title, "<p>x</p>", "publicationKind", "REPORT", "year", "twenty"));

		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.selectFirst("#year-error").text()).isEqualTo("Введите год целым числом, например 2030.");
		// A number input cannot hold text (a browser empties it too): the message says
		// what
		// to type, and the other values stay.
		assertThat(html.selectFirst("#year").val()).isEmpty();
		assertThat(html.selectFirst("#title").val()).isEqualTo(title);
		assertThat(html.selectFirst("#publicationKind option[selected]").val()).isEqualTo("REPORT");
		assertThat(stored(title)).isZero();
	}

	@Test
	void anImpossibleDateIsAskedForAsADateInKoreanAndStaysInTheField() {
		var title = "Typed news " + UUID.randomUUID();
		var page = login(Role.MEMBER).post("/knowledge?lang=ko",
				form("NEWS", "en", title, "<p>x</p>", "publishedOn", "2030-02-30"));

		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.selectFirst("#publishedOn-error").text())
			.isEqualTo("1900년에서 2200년 사이의 날짜를 연-월-일 형식으로 입력해 주세요.");
		assertThat(html.selectFirst("#publishedOn").val()).isEqualTo("2030-02-30");
		assertThat(stored(title)).isZero();
	}

	@Test
	void anUnknownChoiceAsksForOneOfTheOfferedValuesInRussian() {
		var title = "Typed policy " + UUID.randomUUID();
		var page = login(Role.MEMBER).post("/knowledge?lang=ru", form("POLICY", "en", title, "<p>x</p>", "countries",
				"KR", "policyLevel", "GALACTIC", "policyType", "PLAN"));

		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.selectFirst("#policyLevel-error").text()).isEqualTo("Выберите одно из предложенных значений.");
		assertThat(html.selectFirst("#policyType option[selected]").val()).isEqualTo("PLAN");
		assertThat(stored(title)).isZero();
	}

	@Test
	void anUnknownSectorCountryOrToolLanguageIsRefusedByTheBinderInEnglishAndJapaneseAndKnownChoicesStayChecked() {
		var title = "Typed lists " + UUID.randomUUID();
		var page = login(Role.MEMBER).post("/knowledge",
				form("POLICY", "en", title, "<p>x</p>", "countries", "KR", "countries", "QQ", "sectors", "BUILDINGS",
						"sectors", "ASTROLOGY", "policyLevel", "NATIONAL", "policyType", "PLAN"));

		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.selectFirst("#countries-error").text()).isEqualTo("Choose one of the offered values.");
		assertThat(html.selectFirst("#sectors-error").text()).isEqualTo("Choose one of the offered values.");
		assertThat(html.selectFirst("#title").val()).isEqualTo(title);
		assertThat(stored(title)).isZero();

		var tool = "Typed tool " + UUID.randomUUID();
		var japanese = login(Role.MEMBER).post("/knowledge?lang=ja", form("TOOL", "en", tool, "<p>x</p>", "ledBy",
				"Provider", "toolCost", "FREE", "toolLanguages", "en", "toolLanguages", "klingon"));
		assertThat(japanese.status()).isEqualTo(200);
		assertThat(japanese.html().selectFirst("#toolLanguages-error").text()).isEqualTo("表示された選択肢から選んでください。");
		assertThat(stored(tool)).isZero();

		var kept = login(Role.MEMBER).post("/knowledge",
				form("TOOL", "en", tool, "<p>x</p>", "toolCost", "FREE", "toolLanguages", "en", "toolLanguages", "mn"));
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.html().select("input[name=toolLanguages][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("EN", "MN");
	}

	@Test
	void aYearOutsideTheBoundsNamesTheBoundsAndTheEditFormShowsStoredValuesAsTheInputsReadThem() {
		var member = login(Role.SECRETARIAT);
		var refused = member.post("/knowledge",
				form("CASE_STUDY", "en", "Ancient case " + UUID.randomUUID(), "<p>x</p>", "periodFrom", "1850"));
		assertThat(refused.html().selectFirst("#periodFrom-error").text())
			.isEqualTo("Please enter a year between 1900 and 2200.");

		var created = member.post("/knowledge",
				form("NEWS", "en", "Dated news " + UUID.randomUUID(), "<p>x</p>", "publishedOn", "2030-05-01"));
		assertThat(created.status()).isEqualTo(302);
		var path = created.location().replaceFirst("^https?://[^/]+", "");
		var edit = member.get("/knowledge/" + path.substring(path.lastIndexOf('/') + 1) + "/edit").html();
		assertThat(edit.selectFirst("#publishedOn").val()).isEqualTo("2030-05-01");
	}

	@Test
	void aWordForALinkedCityGatheringOrItemIsItsFieldErrorInMongolianAndNothingIsStored() {
		var member = login(Role.MEMBER);
		var title = "Typed links " + UUID.randomUUID();
		var page = member.post("/knowledge?lang=mn",
				form("CASE_STUDY", "en", title, "<p>x</p>", "cities", "Улаанбаатар", "gatherings",
						UUID.randomUUID().toString(), "gatherings", "forum", "related", "that one"));

		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.selectFirst("#cities-error").text()).isEqualTo("Жагсаалтаас сонгоно уу.");
		assertThat(html.selectFirst("#gatherings-error").text()).isEqualTo("Жагсаалтаас сонгоно уу.");
		assertThat(html.selectFirst("#related-error").text()).isEqualTo("Жагсаалтаас сонгоно уу.");
		assertThat(html.selectFirst("#title").val()).isEqualTo(title);
		assertThat(stored(title)).isZero();
	}

	@Test
	void aCategoryTheSecretariatDoesNotKeepIsRefusedAndAKeptOneIsStored() {
		var member = login(Role.MEMBER);
		var title = "Typed category " + UUID.randomUUID();
		var refused = member.post("/knowledge", form("CASE_STUDY", "en", title, "<p>x</p>", "categories", "ASTROLOGY"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().selectFirst("#categories-error").text()).isEqualTo("Please choose from the list.");
		assertThat(stored(title)).isZero();

		var kept = member.post("/knowledge",
				form("CASE_STUDY", "en", title, "<p>x</p>", "categories", "NATURE_BASED_SOLUTIONS"));
		assertThat(kept.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForList(
				"select c.category from knowledge_item_category c join knowledge_translation t on t.item_id = c.item_id "
						+ "where t.title = ?",
				String.class, title))
			.containsExactly("NATURE_BASED_SOLUTIONS");
	}

	private WebSession login(Role role) {
		var account = new TestAccounts(this.accounts).create("Typed author", role);
		return new WebSession(this.port).login(account.email(), account.password());
	}

	private int stored(String title) {
		return this.jdbc.queryForObject("select count(*) from knowledge_translation where title = ?", Integer.class,
				title);
	}

}
