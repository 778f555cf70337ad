package org.lccp.cities;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The secretariat's import of cities and targets, with dry run. */
@Controller
class ImportController {

	private final RegistryImport imports;

	private final MessageSource messages;

	ImportController(RegistryImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/admin/cities/import")
	String form(Model model) {
		return page(model, ImportKind.TARGETS, true);
	}

	@PostMapping("/admin/cities/import")
	String upload(@RequestParam ImportKind kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Model model, Locale locale) throws IOException {
		RegistryImport.Result result;
		if (file == null || file.isEmpty()) {
			result = RegistryImport.Result
				.failed(List.of(new RegistryImport.Problem(0, "", "cities.import.error.empty")));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				result = this.imports.run(kind, file.getOriginalFilename(), in, dryRun);
			}
		}
		model.addAttribute("result", result);
		model.addAttribute("problems",
				result.problems()
					.stream()
					.map((p) -> new Shown(p.row(), p.column(),
							this.messages.getMessage(p.message(), p.args(), p.message(), locale)))
					.toList());
		return page(model, kind, dryRun);
	}

	private String page(Model model, ImportKind kind, boolean dryRun) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("cityColumns", String.join(", ", RegistryImport.CITY_COLUMNS));
		model.addAttribute("targetColumns", String.join(", ", RegistryImport.TARGET_COLUMNS));
		return "cities/import";
	}

	/** A problem as the page shows it. */
	record Shown(int row, String column, String message) {
	}

}
