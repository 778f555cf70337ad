package org.lccp.cities;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.opendata.ImportJobs;
import org.lccp.opendata.OpenDataImport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The secretariat's import of cities and targets, with dry run: the registry's page; the
 * open-data module's {@link ImportJobs} runs the import in the background and tells where
 * it stands.
 */
@Controller
class ImportController {

	private final ImportJobs imports;

	private final MessageSource messages;

	ImportController(ImportJobs imports, MessageSource messages) {
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
		if (file == null || file.isEmpty()) {
			show(model, OpenDataImport.Result
				.failed(List.of(new OpenDataImport.Problem(0, "", "cities.import.error.empty"))), locale);
			return page(model, kind, dryRun);
		}
		UUID job;
		try (InputStream in = file.getInputStream()) {
			job = this.imports.start(kind.name(), file.getOriginalFilename(), in, dryRun);
		}
		return "redirect:/admin/cities/import/jobs/" + job;
	}

	/**
	 * A running or finished import: htmx asks again every second while it runs; without
	 * JavaScript the page offers a link that shows the latest state.
	 */
	@GetMapping("/admin/cities/import/jobs/{id}")
	String job(@PathVariable UUID id, Model model, Locale locale) {
		var status = this.imports.status(id);
		model.addAttribute("job", status);
		if (status.result() != null) {
			show(model, status.result(), locale);
		}
		return page(model, ImportKind.valueOf(status.kind()), status.dryRun());
	}

	private void show(Model model, OpenDataImport.Result result, Locale locale) {
		model.addAttribute("result", result);
		model.addAttribute("problems",
				result.problems()
					.stream()
					.map((p) -> new Shown(p.row(), p.column(),
							this.messages.getMessage(p.message(), p.args(), p.message(), locale)))
					.toList());
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
