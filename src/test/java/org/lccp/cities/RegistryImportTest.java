package org.lccp.cities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.opendata.OpenDataImport;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports with broken and good CSV and XLSX files: all rows or none. */
@LccpTest
class RegistryImportTest {

	@Autowired
	RegistryImport imports;

	@Autowired
	CityDirectory cities;

	@Autowired
	TargetRegistry targetRegistry;

	@Autowired
	AccountManagement accountManagement;

	UUID secretariat;

	String town;

	@BeforeEach
	void setUp() {
		this.secretariat = new TestAccounts(this.accountManagement).create("Importer", Role.SECRETARIAT).id();
		this.town = "Importville " + UUID.randomUUID().toString().substring(0, 8);
	}

	OpenDataImport.Result run(ImportKind kind, String name, byte[] content, boolean dryRun) {
		return this.accountManagement.actingAs(this.secretariat,
				() -> this.imports.run(kind, name, new ByteArrayInputStream(content), dryRun));
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	long targetsIn(String country) {
		return this.targetRegistry
			.targets(new TargetRegistry.TargetFilter(country, null, null, null, null), PageRequest.of(0, 1))
			.getTotalElements();
	}

	@Test
	void aBrokenTargetFileReportsEveryProblemByRowAndColumnAndStoresNothing() {
		var before = targetsIn("MN");
		var file = csv("""
				country,city,type,title,base_year,target_year,reduction_percent,target_value,unit,source_document
				MN,Nowhere,ABSOLUTE,Unknown city,2010,2030,30,,,doc
				MN,,RENEWABLE_SHARE,Too much,,2030,,130,%,doc
				MN,,ABSOLUTE,Backwards,2030,2020,30,,,doc
				MN,,PER_CAPITA,Wrong unit,,2030,,5,MWh,doc
				MN,,ABSOLUTE,Not a year,soon,2030,30,,,doc
				MN,,SOMETHING,Unknown type,,2030,,,,doc
				MN,,GREEN_AREA_SHARE,Fine,,2030,,30,%,doc
				""");
		var result = run(ImportKind.TARGETS, "targets.csv", file, false);
		assertThat(result.applied()).isFalse();
		assertThat(result.problems()).extracting((p) -> p.row() + ":" + p.column())
			.contains("2:city", "3:target_value", "4:target_year", "5:unit", "6:base_year", "7:type");
		assertThat(result.problems()).noneMatch((p) -> p.row() == 8);
		assertThat(targetsIn("MN")).isEqualTo(before);
	}

	@Test
	void aDryRunChecksAndTheImportStoresAllRows() {
		var cities = csv("country,name_en,name_ko,admin_level,latitude,longitude,source\n" + "KR," + this.town
				+ ",임포트시,MUNICIPALITY,36.5,127.5,test file\n");
		var dry = run(ImportKind.CITIES, "cities.csv", cities, true);
		assertThat(dry.problems()).isEmpty();
		assertThat(dry.rows()).isEqualTo(1);
		assertThat(dry.applied()).isFalse();
		assertThat(this.cities.findCity("KR", this.town)).isNull();

		var done = run(ImportKind.CITIES, "cities.csv", cities, false);
		assertThat(done.applied()).isTrue();
		assertThat(this.cities.findCity("KR", this.town)).isNotNull();

		var again = run(ImportKind.CITIES, "cities.csv", cities, false);
		assertThat(again.problems()).extracting(OpenDataImport.Problem::column).containsExactly("name_en");

		var targets = csv("country,city,type,neutrality_kind,title,target_year,source_document\n" + "KR," + this.town
				+ ",NEUTRALITY,NET_ZERO,Net zero by 2040,2040,import test\n");
		var imported = run(ImportKind.TARGETS, "t.csv", targets, false);
		assertThat(imported.problems()).isEmpty();
		assertThat(imported.applied()).isTrue();
	}

	@Test
	void xlsxFilesAreReadLikeCsv() throws Exception {
		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			var header = sheet.createRow(0);
			var values = new String[] { "country", "name_en", "admin_level" };
			for (int i = 0; i < values.length; i++) {
				header.createCell(i).setCellValue(values[i]);
			}
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("JP");
			row.createCell(1).setCellValue(this.town);
			row.createCell(2).setCellValue("LEVEL_99");
			workbook.write(out);
			bytes = out.toByteArray();
		}
		var result = run(ImportKind.CITIES, "cities.xlsx", bytes, true);
		assertThat(result.problems()).extracting((p) -> p.row() + ":" + p.column()).contains("2:admin_level");

		var garbage = run(ImportKind.CITIES, "cities.xlsx", csv("not a spreadsheet"), true);
		assertThat(garbage.problems()).extracting(OpenDataImport.Problem::message)
			.containsExactly("cities.import.error.unreadable");
		var missing = run(ImportKind.TARGETS, "t.csv", csv("land,stadt\nKR,x\n"), true);
		assertThat(missing.problems()).extracting(OpenDataImport.Problem::message)
			.contains("cities.import.error.missingColumn");
	}

	@Test
	void aTargetUnitTheRegistryDoesNotKnowIsRefusedByRowAndColumnAndADescribedUnitIsStored() throws Exception {
		var before = targetsIn("MN");
		var wording = csv("""
				country,city,type,title,target_year,target_value,unit,value_description,source_document
				MN,,OTHER,Old wording,2030,25,% of industrial value,,doc
				MN,,OTHER,Described,2030,25,%,of industrial value,doc
				MN,,PER_CAPITA,Made up,2030,5,tCO2e/inhabitant,,doc
				""");
		var refused = run(ImportKind.TARGETS, "targets.csv", wording, true);
		assertThat(refused.problems()).extracting((p) -> p.row() + ":" + p.column() + ":" + p.message())
			.containsExactly("2:unit:cities.target.error.unit", "4:unit:cities.target.error.unit");
		assertThat(refused.problems().get(1).args()).containsExactly("tCO2/cap, tCO2e/cap");

		byte[] bytes;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			var values = new String[][] {
					{ "country", "type", "title", "target_year", "target_value", "unit", "value_description",
							"source_document" },
					{ "MN", "OTHER", "Saved energy " + this.town, "2030", "2", "Mtoe", "saved", "doc" },
					{ "MN", "OTHER", "Forest stock", "2030", "420", "million cubic metres", "", "doc" } };
			for (int r = 0; r < values.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < values[r].length; c++) {
					row.createCell(c).setCellValue(values[r][c]);
				}
			}
			workbook.write(out);
			bytes = out.toByteArray();
		}
		var xlsx = run(ImportKind.TARGETS, "targets.xlsx", bytes, false);
		assertThat(xlsx.problems()).extracting((p) -> p.row() + ":" + p.column()).containsExactly("3:unit");
		assertThat(targetsIn("MN")).isEqualTo(before);

		run(ImportKind.CITIES, "cities.csv", csv("country,name_en,admin_level,latitude,longitude,source\nKR,"
				+ this.town + ",MUNICIPALITY,36.5,127.5,test file\n"), false);
		var good = run(ImportKind.TARGETS, "t.csv",
				csv("country,city,type,title,target_year,target_value,unit,value_description,source_document\nKR,"
						+ this.town + ",OTHER,Described,2030,25,%,of industrial value,doc\n"),
				false);
		assertThat(good.problems()).isEmpty();
		var stored = this.targetRegistry
			.targets(new TargetRegistry.TargetFilter(null, null, null, this.cities.findCity("KR", this.town), null),
					PageRequest.of(0, 10))
			.getContent();
		assertThat(stored).singleElement().satisfies((t) -> {
			assertThat(t.unit()).isEqualTo("%");
			assertThat(t.valueDescription()).isEqualTo("of industrial value");
		});
	}

}
