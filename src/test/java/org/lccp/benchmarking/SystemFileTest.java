package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indicator systems as spreadsheets: every problem listed by row, and exports read back.
 */
class SystemFileTest {

	static final String HEADER = String.join(",", SystemFile.COLUMNS) + "\n";

	static String row(String code, String direction, String computation, String formula, String weight) {
		return code + ",Name " + code + ",名称,名称,이름,Название,Нэр,Definition,t," + direction + ",,Emissions,MAIN,"
				+ computation + "," + formula + "," + weight + ",\n";
	}

	static byte[] csv(String... rows) {
		return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
	}

	static List<String> keys(Runnable parse) {
		try {
			parse.run();
		}
		catch (SystemFile.InvalidSystemFileException ex) {
			var out = new ArrayList<String>();
			ex.problems().forEach((p) -> out.add(p.row() + ":" + p.key()));
			return out;
		}
		throw new AssertionError("the file was accepted");
	}

	@Test
	void aValidFileGivesItsIndicatorsInOrder() {
		var parsed = SystemFile.parse("cass_like", "CASS-like", "", "system.csv",
				csv(row("PER_CAPITA", "LOWER", "BASIC_PER_INHABITANT", "", "60"),
						row("RENEWABLE_SHARE", "higher", "", "", "40"),
						row("PER_CAPITA_KG", "LOWER", "", "PER_CAPITA * 1000", "0")));
		assertThat(parsed.code()).isEqualTo("CASS_LIKE");
		assertThat(parsed.description()).isNull();
		assertThat(parsed.indicators()).extracting(SystemFile.Row::code)
			.containsExactly("PER_CAPITA", "RENEWABLE_SHARE", "PER_CAPITA_KG");
		assertThat(parsed.indicators().get(1).direction()).isEqualTo(Direction.HIGHER);
		assertThat(parsed.indicators().get(2).formula()).isEqualTo("PER_CAPITA * 1000");
		assertThat(parsed.indicators().get(0).names()).containsEntry("ko", "이름");
	}

	@Test
	void everyProblemIsListedWithItsRow() {
		var problems = keys(() -> SystemFile.parse("S", "S", null, "s.csv",
				csv(row("A", "", "", "", "50"), row("B", "LOWER", "NO_SUCH", "", "30"),
						row("C", "LOWER", "", "A / UNKNOWN", "0"), row("A", "NEUTRAL", "", "", "10"))));
		assertThat(problems).containsExactly("2:benchmarking.import.error.direction",
				"3:benchmarking.import.error.computation", "4:benchmarking.formula.error.unknown",
				"5:benchmarking.import.error.duplicate", "5:benchmarking.index.error.neutral",
				"0:benchmarking.index.error.weightSum");
	}

	@Test
	void formulasThatReadEachOtherInACircleAreRefused() {
		var problems = keys(() -> SystemFile.parse("S", "S", null, "s.csv",
				csv(row("A", "LOWER", "", "B * 2", "0"), row("B", "LOWER", "", "A / 2", "0"))));
		assertThat(problems).containsExactly("0:benchmarking.import.error.cycle");
	}

	@Test
	void emptyOversizedAndUnreadableFilesAreRefused() {
		assertThat(keys(() -> SystemFile.parse("S", "S", null, "s.csv", new byte[0])))
			.containsExactly("0:benchmarking.import.error.empty");
		assertThat(keys(() -> SystemFile.parse("S", "S", null, "s.csv", new byte[SystemFile.MAX_BYTES + 1])))
			.containsExactly("0:benchmarking.import.error.size");
		assertThat(keys(() -> SystemFile.parse("S", "S", null, "s.xlsx", "not a workbook".getBytes())))
			.containsExactly("0:benchmarking.import.error.unreadable");
		assertThat(keys(() -> SystemFile.parse("S", "S", null, "s.exe", csv(row("A", "LOWER", "", "", "100")))))
			.containsExactly("0:benchmarking.import.error.unreadable");
		assertThat(keys(() -> SystemFile.parse("bad code!", "", null, "s.csv", csv(row("A", "LOWER", "", "", "100")))))
			.containsExactly("0:benchmarking.import.error.systemCode", "0:benchmarking.import.error.systemName");
	}

	@Test
	void anExportReadsBackAsTheSameIndicatorsInCsvAndXlsx() {
		var system = UUID.randomUUID();
		var names = Map.of("en", "=HYPERLINK(\"x\")", "zh", "人均", "ja", "一人当たり", "ko", "1인당", "ru", "На жителя", "mn",
				"Нэг хүнд");
		var indicators = List.of(
				new Indicator(UUID.randomUUID(), system, "A", 1, names, "-definition", "t", Direction.LOWER, null,
						"Emissions", IndicatorLevel.MAIN, "BASIC_PER_INHABITANT", null, new BigDecimal("100"), null),
				new Indicator(UUID.randomUUID(), system, "B", 2, names, "d", "%", Direction.NEUTRAL, "WASTE", "Sectors",
						IndicatorLevel.SUPPORTING, null, "-A * 2", BigDecimal.ZERO, new BigDecimal("-1.5")));
		var csv = SystemFile.csv(indicators);
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("'=HYPERLINK").contains("'-A * 2");
		for (var file : List.of(Map.entry("s.csv", csv), Map.entry("s.xlsx", SystemFile.xlsx(indicators)))) {
			var parsed = SystemFile.parse("S", "S", null, file.getKey(), file.getValue());
			assertThat(parsed.indicators()).as(file.getKey()).hasSize(2);
			var a = parsed.indicators().get(0);
			assertThat(a.names()).isEqualTo(names);
			assertThat(a.definition()).isEqualTo("-definition");
			assertThat(a.computation()).isEqualTo("BASIC_PER_INHABITANT");
			var b = parsed.indicators().get(1);
			assertThat(b.formula()).isEqualTo("-A * 2");
			assertThat(b.reference()).isEqualByComparingTo("-1.5");
			assertThat(b.level()).isEqualTo(IndicatorLevel.SUPPORTING);
			assertThat(b.sector()).isEqualTo("WASTE");
		}
	}

}
