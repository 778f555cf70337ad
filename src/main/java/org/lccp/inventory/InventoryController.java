package org.lccp.inventory;

import java.time.Clock;
import java.time.Year;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.CityView;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.Decimals;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inventory pages: the list of published inventories (and, for editors, the versions in
 * work), one inventory with its totals, charts and steps, the import, and the workflow
 * actions. Thin: each action calls one facade method.
 */
@Controller
class InventoryController {

	private final InventoryManagement inventories;

	private final CityDirectory cities;

	private final InventoryPages pages;

	private final Texts texts;

	private final InventoryEditing editing;

	private final Clock clock;

	InventoryController(InventoryManagement inventories, CityDirectory cities, InventoryPages pages, Texts texts,
			InventoryEditing editing, Clock clock) {
		this.editing = editing;
		this.clock = clock;
		this.inventories = inventories;
		this.cities = cities;
		this.pages = pages;
		this.texts = texts;
	}

	/** A row of the list. */
	record ListRow(InventoryRecords.Header header, String cityName) {
	}

	@GetMapping("/inventories")
	String list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable InventoryStatus status,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var editor = CurrentUser.has(Role.SECRETARIAT) || CurrentUser.has(Role.EXPERT)
				|| CurrentUser.has(Role.CITY_FOCAL_POINT);
		var shown = editor ? status : InventoryStatus.PUBLISHED;
		var p = Math.max(0, page);
		var found = this.inventories.search(null, blank(country), year, shown, p, 50);
		var rows = new ArrayList<ListRow>();
		for (var h : found) {
			if (h.status() == InventoryStatus.PUBLISHED || h.status() == InventoryStatus.SUPERSEDED
					|| this.inventories.canSeeDrafts(h.cityId())) {
				rows.add(new ListRow(h, this.cities.city(h.cityId()).name(locale)));
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("editor", editor);
		model.addAttribute("statuses", InventoryStatus.values());
		model.addAttribute("status", shown);
		model.addAttribute("country", blank(country));
		model.addAttribute("year", year);
		model.addAttribute("page", p);
		model.addAttribute("more", found.size() == 50);
		return "inventory/list";
	}

	@GetMapping("/inventories/{id}")
	String detail(@PathVariable UUID id, Model model, Locale locale) {
		var file = this.inventories.inventory(id);
		var header = file.header();
		model.addAttribute("view", this.pages.detail(file, this.inventories.library(), locale));
		model.addAttribute("city", this.cities.city(header.cityId()));
		model.addAttribute("cityName", this.cities.city(header.cityId()).name(locale));
		model.addAttribute("versions", this.inventories.versions(header.cityId(), header.year()));
		model.addAttribute("difference", this.inventories.difference(file).orElse(null));
		var editor = this.cities.canEdit(header.cityId());
		var checker = CurrentUser.has(Role.SECRETARIAT) || CurrentUser.has(Role.EXPERT);
		model.addAttribute("canSubmit", editor && header.status() == InventoryStatus.DRAFT);
		model.addAttribute("canCheck", checker && header.status() == InventoryStatus.SUBMITTED);
		model.addAttribute("canPublish",
				CurrentUser.has(Role.SECRETARIAT) && header.status() == InventoryStatus.CHECKED);
		model.addAttribute("canCorrect", editor && header.status() == InventoryStatus.PUBLISHED);
		model.addAttribute("canEdit", editor && header.status() == InventoryStatus.DRAFT);
		model.addAttribute("boundaries", Boundary.values());
		model.addAttribute("gridRegions", header.status() == InventoryStatus.DRAFT
				? this.inventories.gridRegions(header.countryCode()) : List.of());
		model.addAttribute("years", years(header.cityId(), locale));
		// A published version or a draft that took the library's factors is offered a
		// recalculation when the library (or the draft's grid region) gives other values
		// now.
		model.addAttribute("recalculation",
				(header.status() == InventoryStatus.PUBLISHED || header.status() == InventoryStatus.DRAFT)
						&& file.entries().stream().anyMatch(InventoryRecords.Entry::libraryFactors)
								? this.editing.recalculation(header, file.entries()) : null);
		return "inventory/detail";
	}

	/**
	 * The city's published inventories by year and sector (BASIC), as table and chart;
	 * each figure opens to the lines it adds.
	 */
	record Years(List<Integer> years, List<YearSector> sectors, String chart) {
	}

	/** One sector's BASIC in each year, in the order of the years. */
	record YearSector(String sector, String name, List<@Nullable YearCell> values) {
	}

	/**
	 * A sector's BASIC in one published year: the inventory it comes from and the lines
	 * it adds.
	 */
	record YearCell(UUID inventoryId, BigDecimal value, List<InventoryPages.Term> lines) {

		public String sum() {
			return InventoryPages.sum(this.lines, this.value);
		}

	}

	private Years years(UUID cityId, Locale locale) {
		var published = this.inventories.publishedTotals(cityId);
		var years = published.stream().map(PublishedTotals::year).toList();
		var library = this.inventories.library();
		var bySector = new java.util.TreeMap<String, List<@Nullable YearCell>>();
		for (int i = 0; i < published.size(); i++) {
			var id = published.get(i).inventoryId();
			var file = this.inventories.inventory(id);
			var sectorLines = new java.util.TreeMap<String, List<java.util.Map.Entry<GpcRow, InventoryPages.Term>>>();
			for (var t : this.pages.terms(file.entries(), library, locale)) {
				if (t.getKey().basic()) {
					sectorLines.computeIfAbsent(t.getKey().sector(), (k) -> new ArrayList<>()).add(t);
				}
			}
			for (var e : sectorLines.entrySet()) {
				var values = bySector.computeIfAbsent(e.getKey(), (k) -> {
					var list = new ArrayList<@Nullable YearCell>();
					years.forEach((y) -> list.add(null));
					return list;
				});
				var lines = InventoryPages.inGpcOrder(e.getValue(), library);
				var sum = lines.stream().map(InventoryPages.Term::co2e).reduce(BigDecimal.ZERO, BigDecimal::add);
				values.set(i, new YearCell(id, CalculationApi.plain(sum), lines));
			}
		}
		var names = new java.util.HashMap<String, String>();
		library.rows().forEach((r) -> names.putIfAbsent(r.sector(), r.sectorName()));
		var sectors = new ArrayList<YearSector>();
		var series = new ArrayList<java.util.Map<String, Object>>();
		bySector.forEach((sector, values) -> {
			var name = sector + " " + names.getOrDefault(sector, "");
			sectors.add(new YearSector(sector, name, values));
			series.add(java.util.Map.of("name", name, "values",
					values.stream().map((v) -> v == null ? "0" : v.value().toPlainString()).toList()));
		});
		var chart = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.writeValueAsString(
					java.util.Map.of("years", years.stream().map(String::valueOf).toList(), "sectors", series));
		return new Years(years, sectors, chart);
	}

	@PostMapping("/inventories/{id}/submit")
	String submit(@PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
		this.inventories.submit(id, version);
		flash.addFlashAttribute("notice", "inventory.workflow.submitted");
		return "redirect:/inventories/" + id;
	}

	@PostMapping("/inventories/{id}/check")
	String check(@PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
		this.inventories.markChecked(id, version);
		flash.addFlashAttribute("notice", "inventory.workflow.checked");
		return "redirect:/inventories/" + id;
	}

	@PostMapping("/inventories/{id}/publish")
	String publish(@PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
		this.inventories.publish(id, version);
		flash.addFlashAttribute("notice", "inventory.workflow.published");
		return "redirect:/inventories/" + id;
	}

	@PostMapping("/inventories/{id}/correct")
	String correct(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		var copy = this.inventories.correct(id, reason);
		flash.addFlashAttribute("notice", "inventory.workflow.correcting");
		return "redirect:/inventories/" + copy;
	}

	/** Longest description or source of a draft's facts (the form says so too). */
	private static final int FACT_TEXT = 500;

	@PostMapping("/inventories/{id}/facts")
	String facts(@PathVariable UUID id, @RequestParam long version, @RequestParam Boundary boundary,
			@RequestParam(defaultValue = "") String boundaryDescription,
			@RequestParam(defaultValue = "") String population,
			@RequestParam(defaultValue = "") String populationSource, @RequestParam(defaultValue = "") String gdp,
			@RequestParam(defaultValue = "") String gdpUnit, @RequestParam(defaultValue = "") String gdpSource,
			@RequestParam(defaultValue = "") String gridRegion, RedirectAttributes flash) {
		var people = number(population);
		var money = number(gdp);
		// The columns are numeric(20,4), numeric(24,4) and varchar(20): a value beyond
		// them
		// is the form's error, not the database's.
		var fits = Decimals.fits(people, 16, 4) && Decimals.fits(money, 20, 4) && gdpUnit.strip().length() <= 20
				&& boundaryDescription.length() <= FACT_TEXT && populationSource.length() <= FACT_TEXT
				&& gdpSource.length() <= FACT_TEXT;
		if (!fits || (people != null && populationSource.isBlank()) || (money != null && gdpSource.isBlank())
				|| (!population.isBlank() && people == null) || (!gdp.isBlank() && money == null)) {
			flash.addFlashAttribute("error", "inventory.detail.factsInvalid");
			return "redirect:/inventories/" + id;
		}
		if (!this.inventories.updateFacts(id, version, boundary, blank(boundaryDescription), people,
				blank(populationSource), money, blank(gdpUnit), blank(gdpSource), blank(gridRegion))) {
			flash.addFlashAttribute("error", "inventory.detail.gridRegionInvalid");
			return "redirect:/inventories/" + id;
		}
		flash.addFlashAttribute("notice", "inventory.detail.factsSaved");
		return "redirect:/inventories/" + id;
	}

	// --- export

	@GetMapping("/inventories/{id}/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable UUID id, @RequestParam(defaultValue = "subsector") String layout,
			Locale locale) {
		return download(InventoryExport.csv(table(id, layout, locale)), "text/csv;charset=UTF-8",
				fileName(id, layout, "csv"));
	}

	@GetMapping("/inventories/{id}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable UUID id, @RequestParam(defaultValue = "subsector") String layout,
			Locale locale) {
		return download(InventoryExport.xlsx(table(id, layout, locale)), CalculationApi.XLSX,
				fileName(id, layout, "xlsx"));
	}

	@GetMapping("/inventories/{id}/crf.csv")
	ResponseEntity<byte[]> crf(@PathVariable UUID id) {
		var file = this.inventories.inventory(id);
		return download(InventoryExport.csv(InventoryExport.crf(file, this.inventories.library())),
				"text/csv;charset=UTF-8", fileName(id, "crf", "csv"));
	}

	private InventoryExport.Table table(UUID id, String layout, Locale locale) {
		var file = this.inventories.inventory(id);
		if ("activity".equals(layout)) {
			return InventoryExport.activities(file, this.inventories.library());
		}
		return InventoryExport.subsectors(file, this.inventories.library(),
				this.cities.city(file.header().cityId()).nameEn());
	}

	private String fileName(UUID id, String layout, String extension) {
		var h = this.inventories.inventory(id).header();
		return "inventory-" + h.year() + "-v" + h.versionNo() + "-"
				+ ("activity".equals(layout) ? "activity" : "crf".equals(layout) ? "crf" : "subsector") + "."
				+ extension;
	}

	static ResponseEntity<byte[]> download(byte[] body, String contentType, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	// --- import

	@GetMapping("/inventories/import")
	String importForm(@RequestParam(required = false) @Nullable UUID city, Model model, Locale locale) {
		model.addAttribute("form", ImportForm.empty(city));
		addImportChoices(model, locale);
		return "inventory/import";
	}

	@PostMapping("/inventories/import")
	String importFile(ImportForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
			throws IOException {
		model.addAttribute("form", form);
		addImportChoices(model, locale);
		var errors = form.validate(this.clock);
		// A value of the wrong shape (a year written in words) is that field's error.
		binding.getFieldErrors().forEach((e) -> {
			if (!errors.contains(e.getField())) {
				errors.add(e.getField());
			}
		});
		var gridRegion = blank(form.gridRegion());
		if (gridRegion != null && form.city() != null) {
			// judged against the chosen city's country; a city the reader may not edit is
			// refused by the import itself
			this.cities.editableCities()
				.stream()
				.filter((c) -> c.id().equals(form.city()))
				.findFirst()
				.filter((c) -> !this.inventories.gridRegions(c.countryCode()).contains(gridRegion))
				.ifPresent((c) -> errors.add("gridRegion"));
		}
		if (file == null || file.isEmpty()) {
			errors.add("file");
		}
		else if (file.getSize() > CalculationApi.MAX_BYTES) {
			errors.add("fileSize");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return "inventory/import";
		}
		try {
			var outcome = this.inventories.importFile(form.city(), form.details(), gridRegion, file.getBytes(),
					form.checkOnly());
			model.addAttribute("answer", CalculationApi.CheckAnswer.of(outcome.checked(), this.texts, locale));
			model.addAttribute("errorCount",
					outcome.checked()
						.problems()
						.stream()
						.filter((p) -> p.severity() == Problem.Severity.ERROR)
						.count());
			if (outcome.storedId() != null) {
				return "redirect:/inventories/" + outcome.storedId() + "?imported";
			}
		}
		catch (Sheet.UnreadableFileException | InventoryFile.UnknownLayoutException ex) {
			model.addAttribute("fileError",
					this.texts.message(((org.lccp.shared.web.DomainException) ex).messageKey(), new Object[0], locale));
		}
		return "inventory/import";
	}

	private void addImportChoices(Model model, Locale locale) {
		var cityChoices = this.cities.editableCities();
		model.addAttribute("cityChoices", cityChoices);
		// the grid regions of the countries of those cities, by country
		var regions = new java.util.TreeMap<String, List<String>>();
		cityChoices.stream()
			.map(CityView::countryCode)
			.distinct()
			.forEach((country) -> regions.put(country, this.inventories.gridRegions(country)));
		regions.values().removeIf(List::isEmpty);
		model.addAttribute("gridRegionChoices", regions);
		model.addAttribute("sets", GwpSet.values());
		model.addAttribute("boundaries", Boundary.values());
		model.addAttribute("locale", locale);
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static @Nullable BigDecimal number(String text) {
		return InventoryFile.parseNumber(text).filter((n) -> n.signum() > 0).orElse(null);
	}

	/** The import form, bound from the page (never an entity). */
	record ImportForm(@Nullable UUID city, @Nullable Integer year, @Nullable String gwpSet,
			@Nullable String reportingLevel, @Nullable Boundary boundary, @Nullable String boundaryDescription,
			@Nullable String source, @Nullable Boolean dryRun, @Nullable String gridRegion) {

		static ImportForm empty(@Nullable UUID city) {
			return new ImportForm(city, null, "AR5", "BASIC", Boundary.ADMINISTRATIVE, null, null, true, null);
		}

		/** An unticked box sends nothing: then the import stores. */
		public boolean checkOnly() {
			return Boolean.TRUE.equals(this.dryRun);
		}

		/**
		 * The field names at fault; an inventory's year may not lie after the clock's.
		 */
		List<String> validate(Clock clock) {
			var errors = new ArrayList<String>();
			if (this.city == null) {
				errors.add("city");
			}
			if (this.year == null || this.year < 1990 || this.year > Year.now(clock).getValue()) {
				errors.add("year");
			}
			if (this.gwpSet == null || GwpSet.parse(this.gwpSet).isEmpty()) {
				errors.add("gwpSet");
			}
			if (this.source == null || this.source.isBlank() || this.source.length() > 1000) {
				errors.add("source");
			}
			if (this.boundary == Boundary.OTHER
					&& (this.boundaryDescription == null || this.boundaryDescription.isBlank())) {
				errors.add("boundaryDescription");
			}
			return errors;
		}

		InventoryDetails details() {
			return new InventoryDetails(this.year, GwpSet.parse(this.gwpSet).orElseThrow(),
					"BASIC_PLUS".equals(this.reportingLevel) ? "BASIC+" : "BASIC",
					this.boundary == null ? Boundary.ADMINISTRATIVE : this.boundary, blank(this.boundaryDescription),
					this.source.strip(), null, null, null, null, null);
		}

	}

}
