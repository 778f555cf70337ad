package org.lccp;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lccp.shared.demo.SeedQuotes;
import org.lccp.shared.demo.SeedQuotes.Passage;
import org.lccp.support.DemoDataOn;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data says only what the seed documents say: every demo record that cites a
 * seed quotes the passage it comes from, and every figure stored in the record (years,
 * cuts, values, participants, dates) appears in that passage. The quotes are stored with
 * the records, so this runs on a clean clone; where the seed files themselves are at hand
 * ({@code -Dlccp.seeds=…}, by default {@code /work/shared/seeds}), each quote must also
 * occur in the file it names, whitespace aside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, DemoDataOn.class })
class DemoDataMatchesSeedsTest {

	private static final Path SEEDS = Path.of(System.getProperty("lccp.seeds", "/work/shared/seeds"));

	private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(\\s*million)?");

	/**
	 * "stored cut 40 = 100 - 60": a figure derived by arithmetic the citation spells out.
	 */
	private static final Pattern DERIVED = Pattern
		.compile("stored [a-z ]*?(\\d+(?:\\.\\d+)?) = (\\d+(?:\\.\\d+)?) ([+-]) (\\d+(?:\\.\\d+)?)");

	private static final Pattern MONTH_ONLY = Pattern.compile("gives? the month");

	private static final Pattern YEAR_ONLY = Pattern.compile("gives? the year|without a date");

	private static final Map<String, Integer> WORDS = Map.of("five", 5, "ten", 10, "twenty", 20, "thirty", 30);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void everyFigureOfADemoTargetAppearsInTheSeedPassageItQuotes() {
		var rows = this.jdbc.queryForList("""
				select title, base_year, base_value, target_year, target_value, reduction_percent,
				       reduction_percent_high, source_document
				from climate_target where source_document like '%seed 00%'""");
		assertThat(rows).as("demo targets citing a seed").hasSizeGreaterThan(80);
		var problems = new ArrayList<String>();
		for (var row : rows) {
			var citation = (String) row.get("source_document");
			check(problems, (String) row.get("title"), citation, figures(row, "base_year", "base_value", "target_year",
					"target_value", "reduction_percent", "reduction_percent_high"), false);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyPopulationAndAreaOfADemoCityAppearsInTheSeedTable() {
		var rows = this.jdbc.queryForList("""
				select c.name_en, f.kind, f.year, f.value, f.source from city_fact f join city c on c.id = f.city_id
				where f.source like '%seed 00%'""");
		assertThat(rows).as("demo facts citing a seed").hasSizeGreaterThanOrEqualTo(26);
		var problems = new ArrayList<String>();
		for (var row : rows) {
			var citation = (String) row.get("source");
			// Table 2 prints populations in thousands, and says so in its header
			var inThousands = citation.contains("population in thousands");
			check(problems, row.get("name_en") + " " + row.get("kind"), citation, figures(row, "year", "value"),
					inThousands);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyDateAndParticipantCountOfADemoGatheringAppearsInTheSeedPassageItQuotes() {
		var rows = this.jdbc.queryForList("""
				select title, summary, starts_at at time zone time_zone as start_local,
				       ends_at at time zone time_zone as end_local, reported_in_person, reported_online, source_note
				from gathering where source_note like '%seeds/00%' and not demo""");
		assertThat(rows).as("gatherings recorded from the seeds").hasSizeGreaterThanOrEqualTo(20);
		var problems = new ArrayList<String>();
		for (var row : rows) {
			var title = (String) row.get("title");
			var citation = (String) row.get("source_note");
			var start = ((Timestamp) row.get("start_local")).toLocalDateTime();
			var end = ((Timestamp) row.get("end_local")).toLocalDateTime();
			var summary = String.valueOf(row.get("summary"));
			var figures = new LinkedHashMap<String, BigDecimal>();
			figures.put("year", BigDecimal.valueOf(start.getYear()));
			put(figures, "reported_in_person", row.get("reported_in_person"));
			put(figures, "reported_online", row.get("reported_online"));
			var quoted = String.join(" ", SeedQuotes.passages(citation).stream().map(Passage::text).toList());
			var monthQuoted = quoted.contains(start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
			// where the source gives no day, the record must say so and use the first day
			if (MONTH_ONLY.matcher(summary).find()) {
				if (!monthQuoted || start.getDayOfMonth() != 1) {
					problems.add(title + ": stores " + start.toLocalDate() + ", not the month the source gives");
				}
			}
			else if (YEAR_ONLY.matcher(summary).find()) {
				if (start.getDayOfMonth() != 1) {
					problems.add(title + ": stores " + start.toLocalDate() + " for a source without a day");
				}
			}
			else if (!monthQuoted) {
				problems.add(title + ": stores " + start.toLocalDate() + " but the quote names no such month");
			}
			else {
				figures.put("start day", BigDecimal.valueOf(start.getDayOfMonth()));
				figures.put("end day", BigDecimal.valueOf(end.getDayOfMonth()));
			}
			check(problems, title, citation, figures, false);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyResultAndPeriodOfADemoCaseStudyAppearsInTheSeedPassageItQuotes() {
		var items = this.jdbc.queryForList("""
				select i.id, i.period_from, i.period_to, i.demo_source from knowledge_item i
				where i.demo_source like 'Demo content derived from public documents:%'
				  and (i.period_from is not null or i.period_to is not null
				       or exists (select 1 from knowledge_result r where r.item_id = i.id))""");
		assertThat(items).as("demo case studies with figures").hasSizeGreaterThanOrEqualTo(30);
		var problems = new ArrayList<String>();
		for (var item : items) {
			var citation = (String) item.get("demo_source");
			check(problems, item.get("id") + " period", citation, figures(item, "period_from", "period_to"), false);
			var results = this.jdbc.queryForList(
					"select value, baseline_year, measured from knowledge_result where item_id = ?", item.get("id"));
			for (var result : results) {
				check(problems, item.get("id") + " " + result.get("measured"), citation,
						figures(result, "value", "baseline_year"), false);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theYearOfEveryDemoPolicyAndPublicationAppearsInTheSeedPassageItQuotes() {
		var rows = this.jdbc.queryForList("""
				select id, kind, year, demo_source from knowledge_item
				where kind in ('POLICY', 'PUBLICATION') and year is not null
				  and demo_source like 'Demo content derived from public documents:%'""");
		assertThat(rows).as("demo policies and publications with a year").hasSizeGreaterThanOrEqualTo(49);
		var problems = new ArrayList<String>();
		for (var row : rows) {
			check(problems, row.get("kind") + " " + row.get("id"), (String) row.get("demo_source"),
					figures(row, "year"), false);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyDateOfADemoNewsItemAppearsInTheSeedPassageItQuotes() {
		var rows = this.jdbc.queryForList("""
				select id, published_on, demo_source from knowledge_item
				where kind = 'NEWS' and demo_source like 'Demo content derived from public documents:%'""");
		assertThat(rows).as("demo news").hasSizeGreaterThanOrEqualTo(11);
		var problems = new ArrayList<String>();
		for (var row : rows) {
			var citation = (String) row.get("demo_source");
			var date = ((java.sql.Date) row.get("published_on")).toLocalDate();
			var quoted = String.join(" ", SeedQuotes.passages(citation).stream().map(Passage::text).toList());
			var figures = new LinkedHashMap<String, BigDecimal>();
			figures.put("year", BigDecimal.valueOf(date.getYear()));
			// the knowledge README: where the seeds give only the month, the 1st is used
			if (date.getDayOfMonth() != 1) {
				figures.put("day", BigDecimal.valueOf(date.getDayOfMonth()));
			}
			if (!quoted.contains(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))) {
				problems.add(row.get("id") + ": " + date + " but the quote names another month: " + quoted);
			}
			check(problems, row.get("id") + " published " + date, citation, figures, false);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyQuotedPassageOccursInTheSeedFileItNames() throws IOException {
		var citations = new ArrayList<String>();
		citations.addAll(this.jdbc.queryForList("select source_document from climate_target", String.class));
		citations.addAll(this.jdbc.queryForList("select source from city_fact", String.class));
		citations.addAll(this.jdbc.queryForList("select source_note from gathering where source_note is not null",
				String.class));
		citations.addAll(this.jdbc.queryForList("select demo_source from knowledge_item where demo_source is not null",
				String.class));
		var passages = new LinkedHashSet<Passage>();
		citations.forEach((c) -> passages.addAll(SeedQuotes.passages(c)));
		assertThat(passages).as("quoted passages").hasSizeGreaterThan(50);
		assertThat(passages).allSatisfy((p) -> assertThat(p.text().length()).isLessThanOrEqualTo(300));
		if (!Files.isDirectory(SEEDS)) {
			// a clean clone without the seed files: the figures are still checked against
			// the stored quotes by the other tests
			return;
		}
		var files = new HashMap<String, String>();
		var missing = new ArrayList<String>();
		for (var passage : passages) {
			var text = files.computeIfAbsent(passage.file(), (name) -> {
				try {
					return normalise(Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					return "";
				}
			});
			assertThat(text).as("seed file " + passage.file()).isNotEmpty();
			if (!text.contains(normalise(passage.text()))) {
				missing.add(passage.file() + ": " + passage.text());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void jilinsTwoReadingsOfIts2030FigureAreBothShownAndFlaggedAsContradicting() {
		var jilin = this.jdbc.queryForList("""
				select t.id::text as id, t.sources_disagree_with::text as other from climate_target t
				join city c on c.id = t.city_id where c.name_en = 'Jilin' and t.target_year = 2030
				  and t.type in ('BAU_RELATIVE', 'CARBON_INTENSITY')""");
		assertThat(jilin).hasSize(2);
		assertThat(jilin.get(0).get("other")).isEqualTo(jilin.get(1).get("id"));
		assertThat(jilin.get(1).get("other")).isEqualTo(jilin.get(0).get("id"));
		var visitor = new WebSession(this.port);
		var city = this.jdbc.queryForObject("select id::text from city where name_en = 'Jilin'", String.class);
		var cityPage = visitor.get("/cities/" + city + "?lang=zh");
		assertThat(cityPage.status()).isEqualTo(200);
		assertThat(cityPage.html().select("strong.sources-disagree").eachText()).hasSize(2).allMatch("来源相互矛盾"::equals);
		var registry = visitor.get("/targets?country=CN&type=BAU_RELATIVE&lang=ko");
		assertThat(registry.html().select("strong.sources-disagree").eachText()).contains("출처 간 불일치");
		var page = visitor.get("/targets/" + jilin.get(0).get("id") + "?lang=ru").html();
		assertThat(page.select("dd.sources-disagree").text()).contains("Источники описывают");
		assertThat(page.select("dd.sources-disagree a").attr("href")).isEqualTo("/targets/" + jilin.get(1).get("id"));
		// every target of the Chinese cities' table is a proposal, as the table is headed
		assertThat(this.jdbc.queryForObject("""
				select count(*) from climate_target where source_document like '%proposed by Chinese cities%'
				and status <> 'PROPOSED'""", Long.class)).isZero();
	}

	@Test
	void aMemberWithoutAJoiningDateInTheSeedsSaysSoInsteadOfShowingADate() {
		var iges = this.jdbc.queryForObject(
				"select id::text from institution where name_english like 'Institute for Global Environmental%'",
				String.class);
		var page = new WebSession(this.port).get("/members/" + iges + "?lang=ja");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.mainText()).contains("出典に記載なし").contains("Institute for Global Environmental Studies");
	}

	@Test
	void aStoredFigureMissingFromItsQuoteIsCaught() {
		var problems = new ArrayList<String>();
		check(problems, "invented", SeedQuotes.cite("test", "004_c3440f71eb9fe9b5.txt", "Seoul: 25% (1990-2020)"),
				Map.of("reduction_percent", new BigDecimal("30")), false);
		check(problems, "unquoted", "NEASPEC SOM-19 note (2014), seed 004_c3440f71eb9fe9b5",
				Map.of("target_year", new BigDecimal("2020")), false);
		check(problems, "derived wrongly",
				SeedQuotes.cite("test (stored cut 45 = 100 - 60)", "004_c3440f71eb9fe9b5.txt", "decline to 60% of the"),
				Map.of("reduction_percent", BigDecimal.TEN), false);
		assertThat(problems).hasSize(3);
		var none = new ArrayList<String>();
		check(none, "derived",
				SeedQuotes.cite("test (stored cut 40 = 100 - 60)", "004_c3440f71eb9fe9b5.txt", "decline to 60% of the"),
				Map.of("reduction_percent", new BigDecimal("40.000")), false);
		check(none, "million", SeedQuotes.cite("test", "004_c3440f71eb9fe9b5.txt", "save 2 million TOE of energy"),
				Map.of("value", new BigDecimal("2000000")), false);
		check(none, "thousands", SeedQuotes.cite("test", "004_c3440f71eb9fe9b5.txt", "1,470 828 40% by 2030"),
				Map.of("value", new BigDecimal("1470000")), true);
		assertThat(none).isEmpty();
	}

	// --- checking

	private static void check(List<String> problems, String record, String citation, Map<String, BigDecimal> figures,
			boolean thousands) {
		var passages = SeedQuotes.passages(citation);
		if (passages.isEmpty()) {
			problems.add(record + ": cites a seed but quotes no passage");
			return;
		}
		var numbers = new ArrayList<BigDecimal>();
		for (var passage : passages) {
			numbers.addAll(numbers(passage.text()));
		}
		var derived = DERIVED.matcher(citation);
		while (derived.find()) {
			var a = new BigDecimal(derived.group(2));
			var b = new BigDecimal(derived.group(4));
			var result = derived.group(3).equals("+") ? a.add(b) : a.subtract(b);
			var operandsQuoted = (a.compareTo(BigDecimal.valueOf(100)) == 0 || contains(numbers, a))
					&& contains(numbers, b);
			if (result.compareTo(new BigDecimal(derived.group(1))) == 0 && operandsQuoted) {
				numbers.add(result);
			}
		}
		figures.forEach((field, value) -> {
			var found = contains(numbers, value)
					|| thousands && field.equals("value") && contains(numbers, value.divide(THOUSAND));
			if (!found) {
				problems.add(record + ": " + field + " " + value.toPlainString() + " is not in " + passages);
			}
		});
	}

	private static List<BigDecimal> numbers(String text) {
		var found = new ArrayList<BigDecimal>();
		var matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			var value = new BigDecimal(
					matcher.group(1).replace(",", "") + (matcher.group(2) == null ? "" : matcher.group(2)));
			found.add(value);
			if (matcher.group(3) != null) {
				found.add(value.multiply(BigDecimal.valueOf(1_000_000)));
			}
		}
		for (var word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			if (WORDS.containsKey(word)) {
				found.add(BigDecimal.valueOf(WORDS.get(word)));
			}
		}
		return found;
	}

	private static boolean contains(List<BigDecimal> numbers, BigDecimal value) {
		return numbers.stream().anyMatch((n) -> n.compareTo(value) == 0);
	}

	private static Map<String, BigDecimal> figures(Map<String, Object> row, String... columns) {
		var figures = new LinkedHashMap<String, BigDecimal>();
		for (var column : columns) {
			put(figures, column, row.get(column));
		}
		return figures;
	}

	private static void put(Map<String, BigDecimal> figures, String name, Object value) {
		if (value instanceof BigDecimal decimal) {
			figures.put(name, decimal);
		}
		else if (value instanceof Number number) {
			figures.put(name, BigDecimal.valueOf(number.longValue()));
		}
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
