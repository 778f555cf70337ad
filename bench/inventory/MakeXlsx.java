import java.io.FileOutputStream;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an activity-line inventory of N lines (default 10,000) as XLSX for the import
 * benchmark: stationary fuels, grid electricity with the city's factor and transport
 * fuels, every line valid. Usage: java -cp POI MakeXlsx.java out.xlsx [lines]
 */
public class MakeXlsx {

	public static void main(String[] args) throws Exception {
		var lines = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		var header = List.of("gpc_ref", "scope", "description", "notation_key", "explanation", "fuel", "amount",
				"unit", "density_kg_m3", "ef_co2", "ef_co2_unit", "ef_ch4", "ef_ch4_unit", "ef_n2o", "ef_n2o_unit",
				"factor_source", "direct_gas", "direct_amount", "direct_unit", "direct_source", "data_quality",
				"source_document");
		var kinds = List.of(List.of("I.1.1", "1", "gas boilers", "", "", "Natural Gas", "TJ"),
				List.of("I.2.1", "1", "oil heating", "", "", "Gas/Diesel Oil", "TJ"),
				List.of("I.1.2", "2", "grid", "", "", "", "MWh"), List.of("I.3.1", "1", "coal", "", "", "Anthracite", "t"),
				List.of("II.1.1", "1", "road diesel", "", "", "Gas/Diesel Oil", "TJ"));
		try (var workbook = new SXSSFWorkbook(200); var out = new FileOutputStream(args[0])) {
			var sheet = workbook.createSheet("inventory");
			var row = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				row.createCell(c).setCellValue(header.get(c));
			}
			for (int i = 1; i <= lines; i++) {
				var kind = kinds.get(i % kinds.size());
				row = sheet.createRow(i);
				for (int c = 0; c < 6; c++) {
					row.createCell(c).setCellValue(kind.get(c));
				}
				row.createCell(2).setCellValue(kind.get(2) + " " + i);
				row.createCell(6).setCellValue(10 + (i % 997) * 0.5);
				row.createCell(7).setCellValue(kind.get(6));
				if (kind.get(0).equals("I.1.2")) {
					row.createCell(9).setCellValue("474.7");
					row.createCell(10).setCellValue("kg/MWh");
					row.createCell(15).setCellValue("KPX grid factor (benchmark)");
				}
				row.createCell(20).setCellValue("high");
				row.createCell(21).setCellValue("benchmark line " + i);
			}
			workbook.write(out);
		}
	}

}
