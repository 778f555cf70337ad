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
			model.addAttribute("error", this.texts.message("inventory.check.noFile", new Object[0], locale));
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
			model.addAttribute("error", this.texts.message(((DomainException) ex).messageKey(), new Object[0], locale));
		}
		return "inventory/check";
	}

	@GetMapping("/inventories/template.csv")
	ResponseEntity<byte[]> template() {
		var csv = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\r\n"
				+ "I.1.1,1,Natural gas in homes,,,Natural Gas,1000,TJ,,,,,,,,,,,,,high,City energy balance 2020\r\n"
				+ "II.1.1,1,Diesel in road vehicles,,,Gas/Diesel Oil,500,t,,,,,,,,,,,,,medium,Fuel sales statistics\r\n"
				+ "I.1.2,2,Grid electricity in homes,,,,1500,MWh,,474.7,kg/MWh,,,,,National grid factor 2020,,,,,high,"
				+ "Utility billing data\r\n"
				+ "IV.2,1,Refrigerant leaks,,,,,,,,,,,,,,HFC-134a,100,kg,Leak survey 2020,low,Survey report\r\n"
				+ "I.7.1,1,,NO,No coal mining in the city,,,,,,,,,,,,,,,,,\r\n";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inventory-activity-template.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	static List<String> units() {
		return Units.all().stream().map(Units.Known::symbol).toList();
	}

}
