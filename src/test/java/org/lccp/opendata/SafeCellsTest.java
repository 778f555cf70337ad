package org.lccp.opendata;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import org.lccp.shared.web.SafeCells;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCellsTest {

	@Test
	void cellsThatSpreadsheetsWouldRunAsFormulasBecomeText() {
		assertThat(SafeCells.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(SafeCells.text("+1+1")).isEqualTo("'+1+1");
		assertThat(SafeCells.text("-2+3")).isEqualTo("'-2+3");
		assertThat(SafeCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SafeCells.text("\tcmd")).isEqualTo("'\tcmd");
		assertThat(SafeCells.text("Incheon")).isEqualTo("Incheon");
		assertThat(SafeCells.text(new BigDecimal("-5.5"))).isEqualTo("-5.5");
		assertThat(SafeCells.text(null)).isEmpty();
	}

	@Test
	void csvAndXlsxExportsAreNeutralised() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(new ArrayList<>(List.of("=1+2", "@cmd", new BigDecimal("-3"), "plain")));
		var table = new OpenData.Table("t", List.of("a", "b", "c", "d"), rows);

		var csv = OpenData.csv(table);
		assertThat(csv).contains("'=1+2").contains("'@cmd").contains("-3").doesNotContain(",=1+2");

		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(OpenData.xlsx(table)))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=1+2");
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'@cmd");
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-3.0);
			assertThat(row.getCell(0).getCellType().name()).isEqualTo("STRING");
		}

		var names = new ArrayList<String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(OpenData.zip(List.of(table))))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).containsExactly("t.csv", "t.xlsx");
	}

}
