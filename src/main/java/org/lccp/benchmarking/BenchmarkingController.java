package org.lccp.benchmarking;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.LocaleNumber;
import org.lccp.shared.web.NumberInput;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Indicator systems, the index, clusters and the secretariat's imports; the city
 * benchmark pages are in {@link CityBenchmarkController}.
 */
@Controller
class BenchmarkingController {

	private final BenchmarkingManagement benchmarking;

	private final MessageSource messages;

	BenchmarkingController(BenchmarkingManagement benchmarking, MessageSource messages) {
		this.benchmarking = benchmarking;
		this.messages = messages;
	}

	@GetMapping("/benchmarking")
	String overview(Model model) {
		var systems = this.benchmarking.systems();
		var latest = new LinkedHashMap<String, IndicatorSystem>();
		var older = new ArrayList<IndicatorSystem>();
		for (var s : systems) {
			if (latest.putIfAbsent(s.code(), s) != null) {
				older.add(s);
			}
		}
		model.addAttribute("systems", List.copyOf(latest.values()));
		model.addAttribute("older", older);
		model.addAttribute("canManage", this.benchmarking.canManage());
		return "benchmarking/overview";
	}

	@GetMapping("/benchmarking/systems/{id}")
	String system(@PathVariable UUID id, @ModelAttribute("indexForm") IndexForm form, BindingResult typed,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		var system = this.benchmarking.system(id);
		var indicators = this.benchmarking.indicators(id);
		var settings = IndexSettings.from(form, typed, params, indicators);
		model.addAttribute("system", system);
		model.addAttribute("indicators", indicators);
		model.addAttribute("settings", settings);
		model.addAttribute("normalisations", CompositeIndex.Normalisation.values());
		model.addAttribute("aggregations", CompositeIndex.Aggregation.values());
		model.addAttribute("canManage", this.benchmarking.canManage());
		model.addAttribute("leagueTable", this.benchmarking.canSeeLeagueTable(system));
		if (settings.error() != null) {
			model.addAttribute("indexError", this.messages.getMessage(settings.error(), locale));
			return "benchmarking/system";
		}
		try {
			var index = this.benchmarking.index(id, settings.request());
			model.addAttribute("index", index);
			model.addAttribute("distribution", Distribution.of(index.result()));
			if (this.benchmarking.canSeeLeagueTable(system)) {
				model.addAttribute("cities", this.benchmarking
					.citiesById(index.result().cities().stream().map(CompositeIndex.CityResult::cityId).toList()));
			}
		}
		catch (InvalidBenchmarkException ex) {
			model.addAttribute("indexError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "benchmarking/system";
	}

	@GetMapping("/benchmarking/systems/{id}/indicators.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable UUID id) {
		var system = this.benchmarking.system(id);
		return download(SystemFile.csv(this.benchmarking.indicators(id)), fileName(system, "csv"),
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
	}

	@GetMapping("/benchmarking/systems/{id}/indicators.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable UUID id) {
		var system = this.benchmarking.system(id);
		return download(SystemFile.xlsx(this.benchmarking.indicators(id)), fileName(system, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@PostMapping("/benchmarking/systems/{id}/league-table")
	String leagueTable(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean show,
			RedirectAttributes redirect) {
		this.benchmarking.setLeagueTable(id, show);
		redirect.addFlashAttribute("notice", show ? "benchmarking.league.shown" : "benchmarking.league.hidden");
		return "redirect:/benchmarking/systems/" + id;
	}

	@GetMapping("/benchmarking/import")
	String importForm(@RequestParam(required = false) @Nullable String code, Model model) {
		var form = new ImportForm(code == null ? "" : code, "", "");
		if (code != null) {
			this.benchmarking.systems()
				.stream()
				.filter((s) -> s.code().equalsIgnoreCase(code))
				.findFirst()
				.ifPresent((s) -> model.addAttribute("form",
						new ImportForm(s.code(), s.name(), s.description() == null ? "" : s.description())));
		}
		model.addAttribute("form", model.containsAttribute("form") ? model.getAttribute("form") : form);
		model.addAttribute("columns", String.join(", ", SystemFile.COLUMNS));
		model.addAttribute("computations", Computation.values());
		return "benchmarking/import";
	}

	@PostMapping("/benchmarking/import")
	String importSystem(@ModelAttribute("form") ImportForm form, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		model.addAttribute("columns", String.join(", ", SystemFile.COLUMNS));
		model.addAttribute("computations", Computation.values());
		try {
			var bytes = file == null ? new byte[0] : file.getBytes();
			var parsed = SystemFile.parse(form.code() == null ? "" : form.code(),
					form.name() == null ? "" : form.name(), form.description(),
					file == null ? null : file.getOriginalFilename(), bytes);
			var system = this.benchmarking.importSystem(parsed);
			return "redirect:/benchmarking/systems/" + system.id();
		}
		catch (SystemFile.InvalidSystemFileException ex) {
			model.addAttribute("problems",
					ex.problems()
						.stream()
						.map((p) -> new Shown(p.row(),
								this.messages.getMessage(p.key(), p.arguments().toArray(), p.key(), locale)))
						.toList());
			return "benchmarking/import";
		}
	}

	@GetMapping("/benchmarking/clusters")
	String clusters(@ModelAttribute("clusterForm") ClusterForm form, BindingResult typed, Model model, Locale locale) {
		var mismatch = typed.getFieldError("k");
		if (mismatch != null) {
			// what was typed stays in the field, with the binder's message
			model.addAttribute("k", mismatch.getRejectedValue());
			model.addAttribute("clusterError", this.messages.getMessage(mismatch, locale));
			return "benchmarking/clusters";
		}
		var groups = (form.k() == null) ? ClusterForm.DEFAULT_K : form.k();
		model.addAttribute("k", groups);
		try {
			var result = this.benchmarking.clusters(groups);
			model.addAttribute("result", result);
			model.addAttribute("cities",
					this.benchmarking.citiesById(result.members().stream().map(Clusters.Member::cityId).toList()));
			model.addAttribute("chart", ClusterChart.json(result,
					this.benchmarking.citiesById(result.members().stream().map(Clusters.Member::cityId).toList()),
					locale));
		}
		catch (InvalidBenchmarkException ex) {
			model.addAttribute("clusterError", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "benchmarking/clusters";
	}

	static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return org.lccp.shared.web.TableFiles.attachment(body, name, type);
	}

	private static String fileName(IndicatorSystem s, String extension) {
		return s.code().toLowerCase(Locale.ROOT) + "-v" + s.versionNo() + "." + extension;
	}

	/**
	 * The query of the clusters page, bookmarkable: the number of clusters as a whole
	 * number in the reader's notation; a word is the binder's {@code typeMismatch} error,
	 * shown above the chart with the word kept in the field. The range (1 to 10) is the
	 * facade's rule.
	 */
	record ClusterForm(@LocaleNumber @Nullable Integer k) {

		static final int DEFAULT_K = 5;

	}

	/**
	 * The fixed part of the index settings as the binder reads it from the bookmarkable
	 * query: normalisation and aggregation as their enums, the minimum coverage as a
	 * number (a comma is read as the decimal sign, as for the weights). A value that does
	 * not convert is a {@code typeMismatch} error with the page's message for that
	 * setting.
	 */
	record IndexForm(CompositeIndex.@Nullable Normalisation normalisation,
			CompositeIndex.@Nullable Aggregation aggregation,
			@LocaleNumber(commaIsDecimal = true) @Nullable BigDecimal coverage) {
	}

	/** The import form (the file comes as a separate part). */
	record ImportForm(@Nullable String code, @Nullable String name, @Nullable String description) {
	}

	record Shown(int row, String message) {
	}

	/**
	 * The index settings of a request: normalisation, aggregation and minimum coverage as
	 * the binder read them ({@link IndexForm}), and one weight per indicator
	 * ({@code w_CODE}). The weights are not bound to a record: their keys depend on the
	 * indicators of the system shown, which a record's fixed components cannot name, and
	 * a map-valued form field would take keys no indicator has. Each weight is read with
	 * {@link NumberInput} under the rule the binder applies to the coverage (a comma is
	 * the decimal sign), so the page reads every number alike. A value that cannot be
	 * read is reported, not guessed.
	 */
	record IndexSettings(CompositeIndex.Normalisation normalisation, CompositeIndex.Aggregation aggregation,
			BigDecimal coverage, @Nullable String coverageTyped, Map<String, String> weights, boolean custom,
			BenchmarkingManagement.@Nullable IndexRequest request, @Nullable MessageSourceResolvable error) {

		static IndexSettings from(IndexForm form, BindingResult typed, MultiValueMap<String, String> params,
				List<Indicator> indicators) {
			var normalisation = (form.normalisation() != null) ? form.normalisation()
					: CompositeIndex.Normalisation.MIN_MAX;
			var aggregation = (form.aggregation() != null) ? form.aggregation() : CompositeIndex.Aggregation.ARITHMETIC;
			var coverage = new BigDecimal("50");
			var weights = new LinkedHashMap<String, String>();
			for (var i : indicators) {
				if (i.direction() != Direction.NEUTRAL) {
					weights.put(i.code(), i.weight().toPlainString());
				}
			}
			var custom = false;
			MessageSourceResolvable error = null;
			String coverageTyped = null;
			for (var field : List.of("normalisation", "aggregation", "coverage")) {
				var mismatch = typed.getFieldError(field);
				if (mismatch != null && error == null) {
					error = mismatch;
				}
			}
			if (typed.hasFieldErrors("coverage")) {
				coverageTyped = String.valueOf(typed.getFieldValue("coverage"));
			}
			else if (form.coverage() != null) {
				var parsed = form.coverage();
				if (!fits(parsed) || parsed.signum() < 0 || parsed.compareTo(BigDecimal.valueOf(100)) > 0) {
					error = (error != null) ? error : key("benchmarking.index.error.coverage");
					coverageTyped = params.getFirst("coverage");
				}
				else {
					coverage = parsed;
				}
			}
			var parsedWeights = new LinkedHashMap<String, BigDecimal>();
			for (var code : weights.keySet()) {
				var w = params.getFirst("w_" + code);
				if (w == null) {
					continue;
				}
				custom = true;
				weights.put(code, w);
				var parsed = w.isBlank() ? BigDecimal.ZERO : weight(w);
				if (parsed == null) {
					error = (error != null) ? error : key("benchmarking.index.error.weight");
				}
				else {
					parsedWeights.put(code, parsed);
				}
			}
			if (error != null) {
				return new IndexSettings(normalisation, aggregation, coverage, coverageTyped, weights, custom, null,
						error);
			}
			if (custom) {
				for (var code : weights.keySet()) {
					parsedWeights.putIfAbsent(code, BigDecimal.ZERO);
				}
			}
			var request = new BenchmarkingManagement.IndexRequest(normalisation, aggregation,
					custom ? parsedWeights : null, coverage.movePointLeft(2));
			return new IndexSettings(normalisation, aggregation, coverage, null, weights, custom, request, null);
		}

		private static @Nullable BigDecimal weight(String text) {
			return NumberInput.decimal(text, true).filter(IndexSettings::fits).orElse(null);
		}

		/** At most six digits before and six after the decimal sign. */
		private static boolean fits(BigDecimal v) {
			return v.precision() - v.scale() <= 6 && v.scale() <= 6;
		}

		private static MessageSourceResolvable key(String code) {
			return new DefaultMessageSourceResolvable(code);
		}

	}

	/**
	 * Where the index values lie: for a histogram and quartiles without naming cities.
	 */
	record Distribution(int ranked, int notRanked, @Nullable BigDecimal min, @Nullable BigDecimal median,
			@Nullable BigDecimal max, String histogram) {

		static Distribution of(CompositeIndex.Result result) {
			var values = result.cities()
				.stream()
				.filter(CompositeIndex.CityResult::ranked)
				.map(CompositeIndex.CityResult::index)
				.sorted()
				.toList();
			var notRanked = result.cities().size() - values.size();
			if (values.isEmpty()) {
				return new Distribution(0, notRanked, null, null, null, "[]");
			}
			var min = values.get(0);
			var max = values.get(values.size() - 1);
			var median = values.size() % 2 == 1 ? values.get(values.size() / 2)
					: values.get(values.size() / 2 - 1)
						.add(values.get(values.size() / 2))
						.divide(BigDecimal.valueOf(2), CompositeIndex.MC);
			var bins = new int[10];
			var span = max.subtract(min).doubleValue();
			for (var v : values) {
				var b = span == 0 ? 9 : (int) Math.min(9, Math.floor((v.subtract(min).doubleValue() / span) * 10));
				bins[b]++;
			}
			var json = new StringBuilder("[");
			for (int i = 0; i < bins.length; i++) {
				json.append(i == 0 ? "" : ",").append(bins[i]);
			}
			return new Distribution(values.size(), notRanked, round(min), round(median), round(max),
					json.append(']').toString());
		}

		static BigDecimal round(BigDecimal v) {
			return v.round(new java.math.MathContext(4)).stripTrailingZeros();
		}

	}

}
