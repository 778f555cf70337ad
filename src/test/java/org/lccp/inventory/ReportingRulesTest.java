package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.lccp.inventory.InventoryTotals.Contribution;
import org.lccp.inventory.InventoryTotals.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GPC's reporting rules: Seoul's published 2018 totals, and properties that hold for
 * any inventory, checked on many random ones (each repetition has its own seed, printed
 * in the test name, so a failure can be replayed).
 */
class ReportingRulesTest {

	final ReferenceLibrary library = ReferenceLibrary.shipped();

	final InventoryFile files = new InventoryFile(new EmissionCalculator(this.library));

	@Test
	void seoul2018GivesThePublishedTotals() throws Exception {
		var content = getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
		var checked = this.files.check(content, GwpSet.AR5);
		assertThat(checked.layout()).isEqualTo(InventoryFile.Layout.SUBSECTOR);
		assertThat(checked.totals().basic()).isEqualByComparingTo("46282524");
		assertThat(checked.totals().basicPlus()).isEqualByComparingTo("47782633");
		assertThat(checked.totals().territorial()).isEqualByComparingTo("23841951");
		assertThat(checked.problems()).noneMatch((p) -> p.severity() == Problem.Severity.ERROR);
		assertThat(checked.problems()).noneMatch((p) -> p.key().equals("inventory.problem.statedTotalDiffers"));
		assertThat(checked.rows()).hasSize(54);
	}

	@Test
	void aSemicolonFileWithDecimalCommasGivesTheSameTotals() throws Exception {
		var content = getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
		var european = new StringBuilder();
		for (var record : org.apache.commons.csv.CSVFormat.RFC4180
			.parse(new java.io.StringReader(new String(content, java.nio.charset.StandardCharsets.UTF_8)))) {
			var cells = new ArrayList<String>();
			// as a spreadsheet set to Russian saves it: 6213264.0 → "6 213 264,0"
			record.forEach((v) -> cells.add(v.matches("\\d+\\.\\d+")
					? String.format(java.util.Locale.forLanguageTag("ru"), "%,.1f", new BigDecimal(v)) : v));
			european.append(String.join(";", cells)).append("\r\n");
		}
		assertThat(european.toString()).contains("213", "264,0;").doesNotContain("6213264");
		var checked = this.files.check(european.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
				GwpSet.AR5);
		assertThat(checked.problems()).noneMatch((p) -> p.severity() == Problem.Severity.ERROR);
		assertThat(checked.totals().basic()).isEqualByComparingTo("46282524");
		assertThat(checked.totals().basicPlus()).isEqualByComparingTo("47782633");
		assertThat(checked.rows()).hasSize(54);
	}

	@Test
	void theDelimiterIsTheOneTheFirstLineUsesOutsideQuotes() {
		assertThat(Sheet.delimiter("a,b,c\n1;2,3".getBytes())).isEqualTo(',');
		assertThat(Sheet.delimiter("\n\na;b;\"c,d,e\"\n".getBytes())).isEqualTo(';');
		assertThat(Sheet.delimiter("a\tb\tc\n".getBytes())).isEqualTo('\t');
		assertThat(Sheet.withDecimalPoint("1 234,5")).isEqualTo("1234.5");
		assertThat(Sheet.withDecimalPoint("-0,25")).isEqualTo("-0.25");
		assertThat(Sheet.withDecimalPoint("Seoul, Korea")).isEqualTo("Seoul, Korea");
	}

	List<GpcRow> rows() {
		return List.copyOf(this.library.rows());
	}

	List<Contribution> randomInventory(Random random, boolean removals) {
		var list = new ArrayList<Contribution>();
		var rows = rows();
		var lines = 1 + random.nextInt(80);
		for (int i = 0; i < lines; i++) {
			var row = rows.get(random.nextInt(rows.size()));
			var value = BigDecimal.valueOf(random.nextLong(0, 10_000_000_000L), random.nextInt(0, 6));
			if (removals && row.allowsRemovals() && random.nextBoolean()) {
				value = value.negate();
			}
			var gas = List.of("CO2", "CH4", "N2O", "SF6").get(random.nextInt(4));
			list.add(new Contribution(row, gas, value, gas.equals("CO2") && random.nextInt(10) == 0));
		}
		return list;
	}

	@RepeatedTest(200)
	void basicNeverExceedsBasicPlusWithoutRemovals(RepetitionInfo repetition) {
		var totals = InventoryTotals.of(randomInventory(new Random(repetition.getCurrentRepetition()), false));
		assertThat(totals.basic()).isLessThanOrEqualTo(totals.basicPlus());
	}

	@RepeatedTest(200)
	void movingALineBetweenScopesMovesItBetweenTheTotals(RepetitionInfo repetition) {
		var random = new Random(1000 + repetition.getCurrentRepetition());
		var inventory = randomInventory(random, true);
		var before = InventoryTotals.of(inventory);
		var index = random.nextInt(inventory.size());
		var moved = inventory.get(index);
		var rows = rows();
		var target = rows.get(random.nextInt(rows.size()));
		var changed = new ArrayList<>(inventory);
		changed.set(index, new Contribution(target, moved.gas(), moved.co2eTonnes(), moved.biogenic()));
		var after = InventoryTotals.of(changed);
		for (var level : Level.values()) {
			var expected = before.total(level);
			if (!moved.biogenic()) {
				if (level.counts(moved.row())) {
					expected = expected.subtract(moved.co2eTonnes());
				}
				if (level.counts(target)) {
					expected = expected.add(moved.co2eTonnes());
				}
			}
			assertThat(after.total(level)).as("%s after moving %s to %s", level, moved.row().ref(), target.ref())
				.isEqualByComparingTo(expected);
		}
		assertThat(after.biogenicCo2()).isEqualByComparingTo(before.biogenicCo2());
	}

	@RepeatedTest(100)
	void scopeTotalsAddUpToEverythingAndTerritorialIsScopeOne(RepetitionInfo repetition) {
		var inventory = randomInventory(new Random(5000 + repetition.getCurrentRepetition()), true);
		var totals = InventoryTotals.of(inventory);
		var all = inventory.stream()
			.filter((c) -> !c.biogenic())
			.map(Contribution::co2eTonnes)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(totals.byScope().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(all);
		assertThat(totals.byGas().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(all);
		assertThat(totals.territorial()).isEqualByComparingTo(totals.byScope().getOrDefault(1, BigDecimal.ZERO));
	}

	@Test
	void territorialOnlyRowsCountInTheTerritorialTotalAlone() {
		var territorialOnly = rows().stream().filter(GpcRow::territorialOnly).toList();
		assertThat(territorialOnly).extracting(GpcRow::ref)
			.containsExactlyInAnyOrder("I.4.4", "III.1.3", "III.2.3", "III.3.3", "III.4.3");
		for (var row : territorialOnly) {
			var totals = InventoryTotals.of(List.of(new Contribution(row, "CO2", new BigDecimal("123.45"), false)));
			assertThat(totals.territorial()).as(row.ref()).isEqualByComparingTo("123.45");
			assertThat(totals.basic()).as(row.ref()).isZero();
			assertThat(totals.basicPlus()).as(row.ref()).isZero();
		}
	}

	@Test
	void notationKeysCountZero() {
		var csv = """
				city,country,year,sector,scope,tCO2e,gpc_ref_no,subsector,reporting_level,notation_key,explanation
				X,Y,2020,Stationary Energy,1,100,I.1.1,Residential,BASIC,,
				X,Y,2020,Stationary Energy,2,,I.1.2,Residential,BASIC,NO,
				X,Y,2020,Stationary Energy,3,0,I.1.3,Residential,BASIC+,NE,no data on losses
				X,Y,2020,Transportation,1,,II.1.1,On-road,BASIC,IE (I.1.1),
				""";
		var checked = this.files.check(csv.getBytes(), GwpSet.AR5);
		assertThat(checked.totals().basic()).isEqualByComparingTo("100");
		assertThat(checked.totals().basicPlus()).isEqualByComparingTo("100");
		assertThat(checked.totals().territorial()).isEqualByComparingTo("100");
		assertThat(checked.problems()).isEmpty();
	}

	@Test
	void removalsNetIntoBasicPlusOnly() {
		var land = this.library.row("V.2").orElseThrow();
		var homes = this.library.row("I.1.1").orElseThrow();
		var totals = InventoryTotals.of(List.of(new Contribution(homes, "CO2", new BigDecimal("1000"), false),
				new Contribution(land, "CO2", new BigDecimal("-300"), false)));
		assertThat(totals.basic()).isEqualByComparingTo("1000");
		assertThat(totals.basicPlus()).isEqualByComparingTo("700");
		assertThat(totals.perInhabitant(Level.BASIC, new BigDecimal("3")))
			.hasValueSatisfying((v) -> assertThat(v).isEqualByComparingTo("333.3333333333333"));
	}

}
