package org.lccp.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lccp.cities.CityDirectory;
import org.lccp.shared.demo.DemoDatasets;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo content loads once, cites its source documents, is labelled as derived from
 * public documents, has the translations the issue asks for, and is found by search in
 * the languages it is written in.
 */
@LccpTest
class KnowledgeDemoDataTest {

	@Autowired
	DemoDatasets datasets;

	@Autowired
	KnowledgeItems items;

	@Autowired
	Revisions revisions;

	@Autowired
	CityDirectory cities;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnowledgeSearch search;

	@Autowired
	SearchIndex index;

	@Test
	void loadsOnceWithSourcesTranslationsAndSearchableText() {
		var loader = new KnowledgeDemoData(this.datasets, this.items, this.revisions, this.cities, this.transactions,
				java.time.Clock.systemUTC());
		loader.run(null);
		loader.run(null);
		var demo = "demo_source like 'Demo content derived from public documents: %.txt%'";
		assertThat(count("kind = 'CASE_STUDY' and " + demo)).isGreaterThanOrEqualTo(20);
		assertThat(count("kind = 'NETWORK' and " + demo)).isGreaterThanOrEqualTo(13);
		assertThat(count("kind = 'POLICY' and " + demo)).isGreaterThanOrEqualTo(12);
		assertThat(count("kind = 'PUBLICATION' and " + demo)).isGreaterThanOrEqualTo(4);
		assertThat(count("kind = 'NEWS' and " + demo)).isGreaterThanOrEqualTo(5);
		assertThat(count("status <> 'PUBLISHED' and " + demo)).isZero();
		// case studies in at least three languages
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (select i.id from knowledge_item i join knowledge_translation t on t.item_id = i.id
				where i.kind = 'CASE_STUDY' and i.demo_source is not null group by i.id having count(*) >= 3) x
				""", Long.class)).isGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.queryForList(
				"select distinct original_language from knowledge_item where kind = 'CASE_STUDY' and demo_source is not null",
				String.class))
			.contains("en", "ja", "zh", "ko", "ru");
		for (var title : List.of("Climate Positive Development", "carbonn", "GreenClimateCities",
				"Low Carbon Societies")) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from knowledge_translation t join knowledge_item i on i.id = t.item_id where i.kind = 'NETWORK' and t.title ilike ?",
					Long.class, "%" + title + "%"))
				.as(title)
				.isPositive();
		}
		// a rebuild started with the shared test platform empties the index for a while
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofMinutes(2))
			.until(() -> !this.index.progress().running());
		var gwangju = this.search.search(new KnowledgeSearch.SearchRequest("탄소은행", Map.of(), false, 0), Locale.KOREAN);
		assertThat(gwangju.hits()).isNotEmpty();
		assertThat(gwangju.hits().get(0).titleHtml()).contains("<mark>");
		var moscow = this.search.search(new KnowledgeSearch.SearchRequest("энергоэффективности", Map.of(), false, 0),
				new Locale("ru"));
		assertThat(moscow.total()).isPositive();
		var networks = this.search
			.search(new KnowledgeSearch.SearchRequest("", Map.of("kind", List.of("NETWORK")), true, 0), Locale.ENGLISH);
		assertThat(networks.total()).isGreaterThanOrEqualTo(13);
	}

	private long count(String where) {
		return this.jdbc.queryForObject("select count(*) from knowledge_item where " + where, Long.class);
	}

}
