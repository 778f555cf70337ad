package org.lccp.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.lccp.identity.AccountManagement;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance of the one search box, per language, with real sentences: words found inside
 * unsegmented Chinese and Japanese text, inflected Japanese, Korean, Russian and
 * Mongolian forms, near misses in Latin and Cyrillic spelling, facets and highlighting.
 */
@LccpTest
// A context of its own: facet counts here must not see other tests' items.
@org.springframework.test.context.TestPropertySource(properties = "lccp.test.context=knowledge-search")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearchTest {

	@Autowired
	KnowledgeSearch search;

	@Autowired
	Editorial editorial;

	@Autowired
	AccountManagement accounts;

	UUID chinese;

	UUID japanese;

	UUID korean;

	UUID russian;

	UUID mongolian;

	UUID english;

	UUID mongolianLand;

	UUID russianParks;

	UUID draft;

	@BeforeAll
	void publishSentences() {
		var items = new TestItems(this.editorial, this.accounts);
		this.chinese = items.caseStudy("zh", "天津泰达生态基础设施建设", "<p>该开发区通过集中供热和中水回用，使单位产值二氧化碳排放量持续下降。</p>")
			.country("CN")
			.category("CIRCULAR_ECONOMY")
			.sector("WATER")
			.year(2011)
			.publish();
		this.japanese = items.caseStudy("ja", "環境モデル都市の取り組み", "<p>北九州市は市民と企業が協力して温室効果ガスを大幅に削減しました。</p>")
			.country("JP")
			.category("POLICIES")
			.year(2008)
			.publish();
		this.korean = items.caseStudy("ko", "광주 탄소은행 제도", "<p>광주광역시는 가정의 에너지 절약 실적에 따라 포인트를 지급하여 온실가스를 감축하였다.</p>")
			.country("KR")
			.category("STAKEHOLDER_ENGAGEMENT")
			.year(2008)
			.publish();
		this.russian = items
			.caseStudy("ru", "Энергоэффективность зданий в Москве",
					"<p>Город ввёл требования к энергосбережению в новых зданиях.</p>")
			.country("RU")
			.sector("BUILDINGS")
			.year(2010)
			.publish();
		this.mongolian = items
			.caseStudy("mn", "Улаанбаатар хотын ногоон бүс",
					"<p>Хотын захиргаа ногоон байгууламжийн талбайг нэмэгдүүлэх төлөвлөгөө баталсан. "
							+ "Нийтийн тээврийн хэрэгслээр агаарын бохирдлыг бууруулна.</p>")
			.country("MN")
			.sector("LAND_USE_GREEN_SPACE")
			.year(2014)
			.publish();
		this.english = items.caseStudy("en", "Seoul's One Less Nuclear Power Plant",
				"<p>Seoul reduced its energy demand by saving electricity in buildings and producing renewable power.</p>")
			.country("KR")
			.category("POLICIES")
			.sector("ENERGY_SUPPLY")
			.year(2012)
			.publishWith("ja", "ソウル市の原発一基削減", "<p>ソウル市は省エネルギーと再生可能エネルギーで原子力発電所一基分の電力を減らしました。</p>");
		this.mongolianLand = items
			.caseStudy("mn", "Дарханы газрын нөөцийн төлөвлөлт",
					"<p>Дархан-Уул аймаг газрын нөөцийг хамгаалах ажлын хэсэг байгуулжээ.</p>")
			.country("MN")
			.year(2019)
			.publish();
		this.russianParks = items
			.caseStudy("ru", "Городская программа озеленения Иркутска",
					"<p>Иркутск расширяет городские парки и высаживает деревья вдоль улиц.</p>")
			.country("RU")
			.year(2021)
			.publish();
		this.draft = items.caseStudy("en", "Unpublished draft about Seoul energy", "<p>Seoul energy draft.</p>")
			.draft();
	}

	@Test
	void aChineseTwoCharacterWordIsFoundInsideAnUnsegmentedSentence() {
		// smartcn keeps 排放量 as one word; the bigram field still finds 排放.
		assertThat(ids("排放")).contains(this.chinese);
		assertThat(ids("供热")).containsExactly(this.chinese);
	}

	@Test
	void japaneseFindsAWordInsideASentenceAndItsDictionaryForm() {
		assertThat(ids("温室効果ガス")).contains(this.japanese);
		// 削減しました is indexed by its base form 削減する: the noun 削減 finds it.
		assertThat(ids("削減")).contains(this.japanese, this.english);
	}

	@Test
	void koreanFindsAStemInsideAnInflectedVerb() {
		assertThat(ids("감축")).containsExactly(this.korean);
		assertThat(ids("탄소은행")).containsExactly(this.korean);
	}

	@Test
	void russianFindsInflectedForms() {
		assertThat(ids("здание")).containsExactly(this.russian);
		assertThat(ids("энергосбережения")).containsExactly(this.russian);
	}

	@Test
	void mongolianFindsAStemOfASuffixedWord() {
		// хотын (of the city) and хот (city)
		assertThat(ids("хот")).containsExactly(this.mongolian);
		assertThat(ids("ногоон")).containsExactly(this.mongolian);
	}

	@Test
	void russianFindsTheCompoundsAWordBegins() {
		// энергия (energy) begins энергоэффективность and энергосбережение
		assertThat(ids("энергия")).containsExactly(this.russian);
		var hit = run("энергия", Map.of(), Locale.forLanguageTag("ru")).hits().get(0);
		assertThat(hit.titleHtml()).contains("<mark>Энергоэффективность</mark>");
		assertThat(hit.snippetHtml()).contains("<mark>энергосбережению</mark>");
	}

	@Test
	void russianReadersMayWriteEForYo() {
		// the text has ввёл
		assertThat(ids("ввел")).containsExactly(this.russian);
	}

	@Test
	void mongolianWordsFoundByTheirStemAreMarked() {
		var hit = run("хот", Map.of(), Locale.forLanguageTag("mn")).hits().get(0);
		assertThat(hit.titleHtml()).isEqualTo("Улаанбаатар <mark>хотын</mark> ногоон бүс");
		var snippet = run("байгууламж", Map.of(), Locale.forLanguageTag("mn")).hits().get(0).snippetHtml();
		assertThat(snippet).contains("<mark>байгууламжийн</mark>");
	}

	@Test
	void mongolianDictionaryFormsFindFormsThatDropAVowel() {
		// тээвэр (transport) → тээврийн, бохирдол (pollution) → бохирдлыг
		assertThat(ids("тээвэр")).containsExactly(this.mongolian);
		assertThat(ids("бохирдол")).containsExactly(this.mongolian);
		assertThat(ids("агаарын бохирдол")).containsExactly(this.mongolian);
		var snippet = run("бохирдол", Map.of(), Locale.forLanguageTag("mn")).hits().get(0).snippetHtml();
		assertThat(snippet).contains("<mark>бохирдлыг</mark>");
	}

	@Test
	void mongolianDictionaryFormsFindStemsThatDropTheirLastVowel() {
		// газар (land) → газрын, ажил (work) → ажлын
		assertThat(ids("газар")).containsExactly(this.mongolianLand);
		assertThat(ids("ажил")).containsExactly(this.mongolianLand);
		assertThat(ids("газар хамгаалах")).containsExactly(this.mongolianLand);
	}

	@Test
	void mongolianWordsFoundByTheirBeginningAreMarked() {
		var city = run("хот", Map.of(), Locale.forLanguageTag("mn"));
		assertThat(city.hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.titleHtml()).contains("<mark>хотын</mark>"));
		var land = run("газар", Map.of(), Locale.forLanguageTag("mn"));
		assertThat(land.hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.titleHtml()).contains("<mark>газрын</mark>");
			assertThat(hit.snippetHtml() + hit.titleHtml()).doesNotContain("<mark><mark>");
		});
	}

	@Test
	void russianDictionaryFormsFindDerivedWords() {
		// город (city) → городская, городские
		assertThat(ids("город")).contains(this.russianParks, this.russian);
		assertThat(ids("парк")).containsExactly(this.russianParks);
		var marked = run("город", Map.of(), Locale.forLanguageTag("ru")).hits()
			.stream()
			.filter((h) -> h.id().equals(this.russianParks))
			.findFirst()
			.orElseThrow();
		assertThat(marked.titleHtml()).contains("<mark>Городская</mark>");
	}

	@Test
	void englishStemsAndToleratesTypos() {
		assertThat(ids("buildings")).contains(this.english);
		assertThat(ids("electricty")).containsExactly(this.english);
		assertThat(ids("энергоэфективность")).containsExactly(this.russian);
	}

	@Test
	void aShortWordToleratesOneMistakeAndALongWordTwo() {
		assertThat(ids("Seuol")).contains(this.english);
		assertThat(ids("Sxuol")).doesNotContain(this.english);
		assertThat(ids("elektricty")).containsExactly(this.english);
		assertThat(KnowledgeSearch.editsAllowed("co")).isZero();
		assertThat(KnowledgeSearch.editsAllowed("bond")).isEqualTo(1);
		assertThat(KnowledgeSearch.editsAllowed("нүүрс")).isEqualTo(1);
		assertThat(KnowledgeSearch.editsAllowed("bicycel")).isEqualTo(2);
		assertThat(KnowledgeSearch.nearMissWords("Énergie  CO2")).containsExactly("energie", "co2");
	}

	@Test
	void aNewCategoryIsNamedOnTheNextPageThoughNamesAreKept(@Autowired KnowledgeManagement knowledge,
			@Autowired Topics topics) {
		assertThat(knowledge.categories(Locale.CHINESE)).extracting(KnowledgeViews.Label::code)
			.doesNotContain("BLUE_CARBON_MEADOWS");

		topics.addCategory("Blue carbon meadows", "蓝碳草甸", "", "", "", "");

		assertThat(knowledge.categories(Locale.CHINESE))
			.contains(new KnowledgeViews.Label("BLUE_CARBON_MEADOWS", "蓝碳草甸"));
	}

	@Test
	void draftsAreNeverFound() {
		assertThat(ids("draft")).doesNotContain(this.draft);
	}

	@Test
	void matchedWordsAreMarkedInTitlesAndSnippets() {
		var result = run("renewable", Map.of(), Locale.ENGLISH);
		assertThat(result.hits()).hasSize(1);
		assertThat(result.hits().get(0).snippetHtml()).contains("<mark>renewable</mark>");
		var chinese = run("排放", Map.of(), Locale.CHINESE);
		assertThat(chinese.hits().get(0).snippetHtml()).contains("<mark>");
	}

	@Test
	void aReaderSeesTheTitleInTheirLanguageWhenItExists() {
		var result = run("Seoul", Map.of(), Locale.JAPANESE);
		assertThat(result.hits()).extracting(KnowledgeSearch.Hit::id).contains(this.english);
		var hit = result.hits().stream().filter((h) -> h.id().equals(this.english)).findFirst().orElseThrow();
		assertThat(hit.language()).isEqualTo("ja");
		assertThat(hit.titleHtml()).contains("ソウル");
	}

	@Test
	void aHitShownInTheReadersLanguageTakesItsSnippetFromTheLanguageThatMatched() {
		var result = run("renewable", Map.of(), Locale.JAPANESE);
		var hit = result.hits().stream().filter((h) -> h.id().equals(this.english)).findFirst().orElseThrow();
		assertThat(hit.language()).isEqualTo("ja");
		assertThat(hit.titleHtml()).isEqualTo("ソウル市の原発一基削減");
		assertThat(hit.snippetHtml()).contains("<mark>renewable</mark>");
	}

	@Test
	void wordsAreMarkedInTheTitleOfTheLanguageAHitIsShownIn() {
		var result = run("削減", Map.of(), Locale.JAPANESE);
		var hit = result.hits().stream().filter((h) -> h.id().equals(this.english)).findFirst().orElseThrow();
		assertThat(hit.titleHtml()).contains("<mark>").contains("ソウル市");
		assertThat(hit.snippetHtml()).contains("<mark>");
	}

	@Test
	void facetsCountAndFilter() {
		var all = run("", Map.of(), Locale.ENGLISH);
		assertThat(all.facets().get("country")).containsEntry("KR", 2L);
		assertThat(all.facets().get("kind")).containsEntry("CASE_STUDY", 8L);
		assertThat(all.facets().get("language")).containsEntry("ja", 2L);
		var korea = run("", Map.of("country", List.of("KR"), "category", List.of("POLICIES")), Locale.ENGLISH);
		assertThat(korea.hits()).extracting(KnowledgeSearch.Hit::id).containsExactly(this.english);
		var years = run("", Map.of("year", List.of("2008")), Locale.ENGLISH);
		assertThat(years.hits()).extracting(KnowledgeSearch.Hit::id)
			.containsExactlyInAnyOrder(this.japanese, this.korean);
	}

	@Test
	void countsKeptForASearchFollowEveryPublishedAndWithdrawnItem() {
		var items = new TestItems(this.editorial, this.accounts);
		var first = items.caseStudy("en", "Quorvex district heating", "<p>Quorvex pipes carry waste heat.</p>")
			.country("CN")
			.publish();
		var once = run("quorvex", Map.of(), Locale.ENGLISH);
		assertThat(once.total()).isOne();
		assertThat(run("qourvex", Map.of(), Locale.ENGLISH).total()).as("a near miss").isOne();
		assertThat(run("quorvex", Map.of(), Locale.ENGLISH).facets()).as("the same search counts the same")
			.isEqualTo(once.facets());

		var second = items.caseStudy("en", "Quorvex buses", "<p>Quorvex buses run on hydrogen.</p>")
			.country("MN")
			.publish();
		var twice = run("quorvex", Map.of(), Locale.ENGLISH);
		assertThat(twice.total()).as("counts kept from before the new item are not shown").isEqualTo(2);
		assertThat(twice.facets().get("country")).containsEntry("CN", 1L).containsEntry("MN", 1L);
		assertThat(run("qourvex", Map.of(), Locale.ENGLISH).total())
			.as("near misses expanded before the new item are not reused")
			.isEqualTo(2);
		assertThat(run("quorvex", Map.of("country", List.of("MN")), Locale.ENGLISH).hits())
			.extracting(KnowledgeSearch.Hit::id)
			.containsExactly(second);

		for (var id : List.of(first, second)) {
			this.accounts.actingAs(this.secretariatForWithdrawal(), () -> {
				this.editorial.unpublish(id, "Counted in a test only.");
				return null;
			});
		}
		var none = run("quorvex", Map.of(), Locale.ENGLISH);
		assertThat(none.total()).as("withdrawn items leave the kept counts").isZero();
		assertThat(none.facets().get("country")).isEmpty();
		assertThat(run("qourvex", Map.of(), Locale.ENGLISH).total()).isZero();
	}

	@Test
	void aHitShowsWhatTheItemHoldsNowAfterItWasShownBefore() {
		var items = new TestItems(this.editorial, this.accounts);
		var id = items.caseStudy("en", "Zelvorin solar roofs", "<p>Zelvorin roofs carry solar panels.</p>").publish();
		try {
			var before = run("zelvorin", Map.of(), Locale.JAPANESE);
			assertThat(before.hits()).extracting(KnowledgeSearch.Hit::titleHtml)
				.containsExactly("<mark>Zelvorin</mark> solar roofs");

			this.accounts.actingAs(this.secretariatForWithdrawal(), () -> {
				this.editorial.saveTranslation(id, "en", new TranslationForm("Zelvorin wind farms", "",
						"<p>Zelvorin hills carry wind turbines.</p>", "", "", TranslationStatus.HUMAN.name()));
				this.editorial.saveTranslation(id, "ja", new TranslationForm("ゼルヴォリンの風力発電", "",
						"<p>Zelvorin の丘に風車が並ぶ。</p>", "", "", TranslationStatus.HUMAN.name()));
				return null;
			});

			var after = run("zelvorin", Map.of(), Locale.JAPANESE);
			assertThat(after.hits()).as("values kept from before the change are not shown").hasSize(1);
			var hit = after.hits().get(0);
			assertThat(hit.language()).isEqualTo("ja");
			assertThat(hit.titleHtml()).isEqualTo("ゼルヴォリンの風力発電");
			assertThat(hit.snippetHtml()).contains("<mark>Zelvorin</mark>").doesNotContain("solar");
			assertThat(run("zelvorin", Map.of(), Locale.ENGLISH).hits()).extracting(KnowledgeSearch.Hit::titleHtml)
				.containsExactly("<mark>Zelvorin</mark> wind farms");
		}
		finally {
			// the other tests count this context's items
			this.accounts.actingAs(this.secretariatForWithdrawal(), () -> {
				this.editorial.unpublish(id, "Searched in a test only.");
				return null;
			});
		}
	}

	@Test
	void aSearchThatReusesNothingFindsCountsAndMarksTheSame(
			@Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory) {
		var fresh = new KnowledgeSearch(entityManagerFactory, java.time.Duration.ofSeconds(2), "lucene", false);
		for (var query : List.of("renewable", "排放", "Seoul", "削減", "", "renewabel")) {
			for (var reader : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
				var request = new KnowledgeSearch.SearchRequest(query, Map.of(), false, 0);
				var kept = this.search.search(request, reader);
				var again = this.search.search(request, reader);
				var unkept = fresh.search(request, reader);
				for (var other : List.of(again, unkept)) {
					assertThat(other.hits()).as(query).isEqualTo(kept.hits());
					assertThat(other.total()).as(query).isEqualTo(kept.total());
					assertThat(other.facets()).as(query).isEqualTo(kept.facets());
				}
			}
		}
	}

	private UUID secretariatForWithdrawal() {
		return new org.lccp.support.TestAccounts(this.accounts)
			.create("withdrawing editor", org.lccp.shared.security.Role.SECRETARIAT,
					org.lccp.shared.security.Role.MEMBER)
			.id();
	}

	@Test
	void anyQueryAnswersWithoutFailing() {
		for (var query : List.of("\"unbalanced", "(((", "a -b +c | ~d *", "x".repeat(5000), "word ".repeat(500),
				"\u0000\u0001<script>", "🌏🔥", "AND OR NOT", "\\")) {
			var result = run(query, Map.of("year", List.of("not-a-year")), Locale.ENGLISH);
			assertThat(result.total()).isGreaterThanOrEqualTo(0);
		}
	}

	@Test
	void suggestionsCompleteUnfinishedWords() {
		assertThat(this.search.suggest("Seo", Locale.ENGLISH)).extracting(KnowledgeSearch.Suggestion::id)
			.contains(this.english);
		assertThat(this.search.suggest("탄소", Locale.KOREAN)).extracting(KnowledgeSearch.Suggestion::id)
			.contains(this.korean);
	}

	@Test
	void aRebuildReportsProgressAndLeavesTheIndexComplete(@Autowired SearchIndex index) {
		var seen = new java.util.ArrayList<SearchIndex.Progress>();
		var result = index.rebuild(seen::add);
		assertThat(result.failure()).isNull();
		assertThat(result.running()).isFalse();
		assertThat(result.done()).isEqualTo(result.total()).isGreaterThanOrEqualTo(7);
		assertThat(result.percent()).isEqualTo(100);
		assertThat(seen).isNotEmpty();
		assertThat(RebuildCommand.bar(result)).startsWith("[########################################] 100%");
		assertThat(index.builtWith()).as("a complete rebuild notes the analysis it used")
			.isEqualTo(org.lccp.knowledge.search.SearchAnalysis.VERSION);
		assertThat(ids("排放")).contains(this.chinese);
		assertThat(ids("draft")).doesNotContain(this.draft);
	}

	@Test
	void anIndexBuiltWithAnOlderAnalysisIsRecreatedAndFoundAgain(@Autowired SearchIndex index,
			@org.springframework.beans.factory.annotation.Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") String root)
			throws Exception {
		java.nio.file.Files.writeString(java.nio.file.Path.of(root, "lccp-analysis-version"), "2");
		assertThat(index.builtWith()).isEqualTo(2);

		var result = index.rebuild((p) -> {
		});

		assertThat(result.failure()).isNull();
		assertThat(index.builtWith()).isEqualTo(org.lccp.knowledge.search.SearchAnalysis.VERSION);
		assertThat(ids("排放")).contains(this.chinese);
		assertThat(ids("Seoul")).contains(this.english);
	}

	private List<UUID> ids(String query) {
		return run(query, Map.of(), Locale.ENGLISH).hits().stream().map(KnowledgeSearch.Hit::id).toList();
	}

	private KnowledgeSearch.SearchResults run(String query, Map<String, List<String>> filters, Locale reader) {
		return this.search.search(new KnowledgeSearch.SearchRequest(query, filters, false, 0), reader);
	}

}
