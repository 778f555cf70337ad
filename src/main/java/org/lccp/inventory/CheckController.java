package org.lccp.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.DomainException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public inventory check page: anyone uploads a file in either layout and sees its
 * totals and problems; nothing is stored. Also serves the activity-line template.
 */
@Controller
class CheckController {

	private final InventoryManagement inventories;

	private final Texts texts;

	CheckController(InventoryManagement inventories, Texts texts) {
		this.inventories = inventories;
		this.texts = texts;
	}

	@GetMapping("/inventories/check")
	String form(Model model) {
		model.addAttribute("sets", GwpSet.values());
		model.addAttribute("gwpSet", GwpSet.AR5);
		return "inventory/check";
	}

	@PostMapping("/inventories/check")
	String check(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "AR5") String gwpSet, Model model, Locale locale) throws IOException {
		model.addAttribute("sets", GwpSet.values());
		var set = GwpSet.parse(gwpSet).orElse(GwpSet.AR5);
		model.addAttribute("gwpSet", set);
		if (file == null || file.isEmpty()) {
			model.addAttribute("checkError", this.texts.message("inventory.check.noFile", new Object[0], locale));
			return "inventory/check";
		}
		if (file.getSize() > CalculationApi.MAX_BYTES) {
			model.addAttribute("error",
					this.texts.message("inventory.problem.fileTooLarge", new Object[] { 5 }, locale));
			return "inventory/check";
		}
		try {
			var checked = this.inventories.check(file.getBytes(), set);
			model.addAttribute("answer", CalculationApi.CheckAnswer.of(checked, this.texts, locale));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (Sheet.UnreadableFileException | InventoryFile.UnknownLayoutException ex) {
			model.addAttribute("checkError",
					this.texts.message(((DomainException) ex).messageKey(), new Object[0], locale));
		}
		return "inventory/check";
	}

	/** Example lines of the activity template: one of each kind of line. */
	static final List<List<Object>> TEMPLATE_LINES = List.of(
			line("I.1.1", "1", "Natural gas in homes", "", "", "Natural Gas", "1000", "TJ", "", "", "", "", "", "", "",
					"", "", "", "", "", "high", "City energy balance"),
			line("II.1.1", "1", "Diesel in road vehicles", "", "", "Gas/Diesel Oil", "500", "t", "", "", "", "", "", "",
					"", "", "", "", "", "", "medium", "Fuel sales statistics"),
			line("II.1.1", "1", "Diesel sold by volume", "", "", "Gas/Diesel Oil", "120000", "L", "840", "", "", "", "",
					"", "", "", "", "", "", "", "medium", "Fuel sales statistics"),
			line("I.1.2", "2", "Grid electricity in homes", "", "", "", "1500", "MWh", "", "474.7", "kg/MWh", "", "",
					"", "", "National grid factor", "", "", "", "", "high", "Utility billing data"),
			line("IV.2", "1", "Refrigerant leaks", "", "", "", "", "", "", "", "", "", "", "", "", "", "HFC-134a",
					"100", "kg", "Leak survey", "low", "Survey report"),
			line("III.1.1", "1", "Landfill (results only)", "", "", "", "", "", "", "", "", "", "", "", "", "", "CO2e",
					"267353", "t", "Waste department report", "medium", "Waste report"),
			line("I.7.1", "1", "", "NO", "No coal mining in the city", "", "", "", "", "", "", "", "", "", "", "", "",
					"", "", "", "", ""));

	private static List<Object> line(String... cells) {
		return List.of((Object[]) cells);
	}

	@GetMapping("/inventories/template.csv")
	ResponseEntity<byte[]> template() {
		return InventoryController.download(
				InventoryExport.csv(new InventoryExport.Table(InventoryFile.ACTIVITY_LAYOUT, TEMPLATE_LINES)),
				"text/csv;charset=UTF-8", "inventory-activity-template.csv");
	}

	/**
	 * The template as XLSX: the lines on the first sheet, the fuels, units, gases and GPC
	 * rows it accepts on the next ones.
	 */
	@GetMapping("/inventories/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() throws IOException {
		var library = this.inventories.library();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			sheet(workbook, "lines", InventoryFile.ACTIVITY_LAYOUT, TEMPLATE_LINES);
			sheet(workbook, "fuels", List.of("fuel", "biomass", "ncv_tj_per_gg"),
					library.fuels()
						.stream()
						.map((f) -> List.<Object>of(f.name(), Boolean.toString(f.biomass()),
								f.ncv() == null ? "" : f.ncv().value().toPlainString()))
						.toList());
			sheet(workbook, "units", List.of("unit"), units().stream().map((u) -> List.<Object>of(u)).toList());
			sheet(workbook, "gases", List.of("gas"), library.gases().stream().map((g) -> List.<Object>of(g)).toList());
			sheet(workbook, "gpc_rows", List.of("gpc_ref", "scope", "sector", "subsector", "source"),
					library.rows()
						.stream()
						.map((r) -> List.<Object>of(r.ref(), Integer.toString(r.scope()), r.sectorName(),
								r.subsectorName(), r.source()))
						.toList());
			workbook.write(out);
			return InventoryController.download(out.toByteArray(), CalculationApi.XLSX,
					"inventory-activity-template.xlsx");
		}
	}

	private static void sheet(org.apache.poi.xssf.usermodel.XSSFWorkbook workbook, String name, List<String> header,
			List<List<Object>> rows) {
		var sheet = workbook.createSheet(name);
		var first = sheet.createRow(0);
		for (int c = 0; c < header.size(); c++) {
			first.createCell(c).setCellValue(header.get(c));
		}
		var r = 1;
		for (var row : rows) {
			var line = sheet.createRow(r++);
			for (int c = 0; c < row.size(); c++) {
				line.createCell(c).setCellValue(org.lccp.shared.web.SafeCells.text(row.get(c)));
			}
		}
	}

	static List<String> units() {
		return Units.all().stream().map(Units.Known::symbol).toList();
	}

}
