package org.lccp.benchmarking;

import java.time.Clock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.LocaleNumber;
import org.lccp.shared.web.PdfDocuments;
import org.lccp.shared.web.TypedText;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * A city's benchmark page, its exports, saved peer groups and reported values. Choices
 * come as query parameters, so every comparison has an address and works without
 * JavaScript.
 */
@Controller
class CityBenchmarkController {

	private final BenchmarkingManagement benchmarking;

	private final CityBenchmarks benchmarks;

	private final MessageSource messages;

	private final TemplateEngine templates;

	private final PdfDocuments pdf;

	private final org.springframework.context.ApplicationContext application;

	private final Traces traces;

	private final Clock clock;

	CityBenchmarkController(BenchmarkingManagement benchmarking, CityBenchmarks benchmarks, MessageSource messages,
			TemplateEngine templates, PdfDocuments pdf, org.springframework.context.ApplicationContext application,
			Traces traces, Clock clock) {
		this.application = application;
		this.traces = traces;
		this.benchmarking = benchmarking;
		this.benchmarks = benchmarks;
		this.messages = messages;
		this.templates = templates;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** The reader's choices, as given and as understood. */
	record Choice(Set<PeerFinder.Variable> variables, int k, @Nullable UUID group, List<String> indicators,
			@Nullable String error) {

		static Choice of(@Nullable List<String> variables, @Nullable String k, @Nullable String group,
				@Nullable List<String> indicators) {
			String error = null;
			var chosen = EnumSet.noneOf(PeerFinder.Variable.class);
			if (variables == null || variables.isEmpty()) {
				chosen.addAll(PeerFinder.Variable.DEFAULT);
			}
			else {
				for (var v : variables) {
					try {
						chosen.add(PeerFinder.Variable.valueOf(v.strip()));
					}
					catch (IllegalArgumentException ex) {
						error = "benchmarking.peers.error.variable";
					}
				}
			}
			var peers = 5;
			if (k != null && !k.isBlank()) {
				try {
					peers = Integer.parseInt(k.strip());
				}
				catch (NumberFormatException ex) {
					peers = 0;
				}
				if (peers < 1 || peers > BenchmarkingManagement.MAX_PEERS) {
					error = "benchmarking.peers.error.k";
					peers = 5;
				}
			}
			UUID groupId = null;
			if (group != null && !group.isBlank()) {
				try {
					groupId = UUID.fromString(group.strip());
				}
				catch (IllegalArgumentException ex) {
					error = "benchmarking.group.error.unknown";
				}
			}
			var codes = new ArrayList<String>();
			if (indicators != null) {
				for (var i : indicators) {
					if (i.length() <= 60 && codes.size() < 20) {
						codes.add(i.strip());
					}
				}
			}
			if (chosen.isEmpty()) {
				chosen.addAll(PeerFinder.Variable.DEFAULT);
			}
			return new Choice(chosen, peers, groupId, codes, error);
		}

		public boolean has(String variable) {
			return this.variables.stream().anyMatch((v) -> v.name().equals(variable));
		}

	}

	@GetMapping("/cities/{id}/benchmark")
	String page(@PathVariable UUID id, @RequestParam(required = false) List<String> variables,
			@RequestParam(required = false) String k, @RequestParam(required = false) String group,
			@RequestParam(required = false) List<String> indicator, Model model, Locale locale) {
		var choice = Choice.of(variables, k, group, indicator);
		var view = this.benchmarks.build(id, choice.variables(), choice.k(),
				choice.error() == null ? choice.group() : null, choice.indicators(), locale);
		model.addAttribute("b", view);
		model.addAttribute("choice", choice);
		if (choice.error() != null) {
			model.addAttribute("choiceError", this.messages.getMessage(choice.error(),
					new Object[] { BenchmarkingManagement.MAX_PEERS }, locale));
		}
		model.addAttribute("allVariables", PeerFinder.Variable.values());
		model.addAttribute("groups", this.benchmarking.groupsFor(id));
		model.addAttribute("canReport", this.benchmarking.canReport(id));
		model.addAttribute("canShare", this.benchmarking.canManage());
		model.addAttribute("query", query(choice));
		return "benchmarking/city";
	}

	@GetMapping("/cities/{id}/benchmark.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, @RequestParam(required = false) List<String> variables,
			@RequestParam(required = false) String k, @RequestParam(required = false) String group, Locale locale) {
		var view = build(id, variables, k, group, locale);
		return BenchmarkingController.download(
				ComparisonExport.csv(view, locale, (s) -> this.traces.text(s, locale, false)), fileName(view, "csv"),
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
	}

	@GetMapping("/cities/{id}/benchmark.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(required = false) List<String> variables,
			@RequestParam(required = false) String k, @RequestParam(required = false) String group, Locale locale) {
		var view = build(id, variables, k, group, locale);
		return BenchmarkingController.download(
				ComparisonExport.xlsx(view, locale, (s) -> this.traces.text(s, locale, false)), fileName(view, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/cities/{id}/benchmark.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) List<String> variables,
			@RequestParam(required = false) String k, @RequestParam(required = false) String group, Locale locale) {
		var view = build(id, variables, k, group, locale);
		var context = new Context(locale);
		// Beans such as @fmt resolve as on pages.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		context.setVariable("b", view);
		var html = this.templates.process("benchmarking/city-pdf", context);
		return BenchmarkingController.download(this.pdf.render(html), fileName(view, "pdf"), MediaType.APPLICATION_PDF);
	}

	private CityBenchmarks.View build(UUID id, @Nullable List<String> variables, @Nullable String k,
			@Nullable String group, Locale locale) {
		var choice = Choice.of(variables, k, group, null);
		if (choice.error() != null) {
			throw new InvalidBenchmarkException(choice.error(), BenchmarkingManagement.MAX_PEERS);
		}
		return this.benchmarks.build(id, choice.variables(), choice.k(), choice.group(), List.of(), locale);
	}

	private static String fileName(CityBenchmarks.View view, String extension) {
		return "benchmark-" + view.city().nameEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "."
				+ extension;
	}

	private static String query(Choice choice) {
		var q = new StringBuilder();
		for (var v : choice.variables()) {
			q.append(q.isEmpty() ? "" : "&").append("variables=").append(v.name());
		}
		q.append("&k=").append(choice.k());
		if (choice.group() != null) {
			q.append("&group=").append(choice.group());
		}
		return q.toString();
	}

	// --- saved peer groups

	@PostMapping("/cities/{id}/benchmark/peer-groups")
	String saveGroup(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) List<String> members, @RequestParam(defaultValue = "") String variables,
			@RequestParam(defaultValue = "false") boolean shared, RedirectAttributes redirect, Locale locale) {
		var ids = new LinkedHashSet<UUID>();
		if (members != null) {
			for (var m : members) {
				try {
					ids.add(UUID.fromString(m.strip()));
				}
				catch (IllegalArgumentException ex) {
					throw InvalidBenchmarkException.onField("members", "benchmarking.group.error.members",
							BenchmarkingManagement.MAX_PEERS);
				}
			}
		}
		try {
			var group = this.benchmarking.saveGroup(id, shared, name, List.copyOf(ids), variables);
			redirect.addFlashAttribute("notice", "benchmarking.group.saved");
			return "redirect:/cities/" + id + "/benchmark?group=" + group;
		}
		catch (InvalidBenchmarkException ex) {
			redirect.addFlashAttribute("groupError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return "redirect:/cities/" + id + "/benchmark";
		}
	}

	@PostMapping("/benchmarking/peer-groups/{id}/delete")
	String deleteGroup(@PathVariable UUID id, @RequestParam(required = false) UUID city, RedirectAttributes redirect) {
		this.benchmarking.deleteGroup(id);
		redirect.addFlashAttribute("notice", "benchmarking.group.deleted");
		return city == null ? "redirect:/benchmarking" : "redirect:/cities/" + city + "/benchmark";
	}

	// --- reported values

	/**
	 * A reported value as the binder types it: year and value are read in the reader's
	 * conventions ("1,234.5", "1 234,5"); text that is not a number comes back in its
	 * field with a {@code typeMismatch} message. The indicator stays text: a choice that
	 * is not a reported indicator, well-formed or not, gets the same message.
	 */
	record ValueForm(@Nullable String indicatorId, @LocaleNumber @Nullable Integer year,
			@LocaleNumber @Nullable BigDecimal value, @Nullable String source) {
	}

	@GetMapping("/cities/{id}/benchmark/values/new")
	String valueForm(@PathVariable UUID id, Model model) {
		return valuePage(id, new ValueForm(null, null, null, null), model);
	}

	@PostMapping("/cities/{id}/benchmark/values")
	String report(@PathVariable UUID id, @ModelAttribute("form") ValueForm form, BindingResult bound, Model model,
			RedirectAttributes redirect, WebRequest request) {
		var errors = TypedText.keep(bound, request);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		UUID indicator = null;
		try {
			indicator = form.indicatorId() == null ? null : UUID.fromString(form.indicatorId().strip());
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		var chosen = indicator;
		if (chosen == null || reportedIndicators().stream().noneMatch((i) -> i.id().equals(chosen))) {
			errors.rejectValue("indicatorId", "benchmarking.value.error.indicator");
		}
		if (form.year() == null && !errors.hasFieldErrors("year")) {
			errors.rejectValue("year", "benchmarking.value.error.year",
					new Object[] { 1900, java.time.Year.now(this.clock).getValue() + 1 }, null);
		}
		var value = form.value();
		if ((value == null || value.precision() - value.scale() > 24) && !errors.hasFieldErrors("value")) {
			errors.rejectValue("value", "benchmarking.value.error.value");
		}
		if (form.source() == null || form.source().isBlank() || form.source().length() > 2000) {
			errors.rejectValue("source", "benchmarking.value.error.source");
		}
		if (!errors.hasErrors()) {
			try {
				this.benchmarking.report(indicator, id, form.year(), value, form.source());
				redirect.addFlashAttribute("notice", "benchmarking.value.saved");
				return "redirect:/cities/" + id + "/benchmark";
			}
			catch (InvalidBenchmarkException ex) {
				errors.rejectValue(ex.field() == null ? "indicatorId" : ex.field(), ex.messageKey(), ex.arguments(),
						null);
			}
			catch (BenchmarkNotFoundException ex) {
				errors.rejectValue("indicatorId", "benchmarking.value.error.indicator");
			}
		}
		return valuePage(id, form, model);
	}

	private String valuePage(UUID id, ValueForm form, Model model) {
		model.addAttribute("city", this.benchmarking.city(id));
		model.addAttribute("form", form);
		model.addAttribute("indicators", reportedIndicators());
		model.addAttribute("systems", this.benchmarking.systems());
		return "benchmarking/value-form";
	}

	/** Reported indicators of the newest version of every system. */
	private List<Indicator> reportedIndicators() {
		var out = new ArrayList<Indicator>();
		var seen = new java.util.HashSet<String>();
		for (var s : this.benchmarking.systems()) {
			if (seen.add(s.code())) {
				this.benchmarking.indicators(s.id()).stream().filter(Indicator::reported).forEach(out::add);
			}
		}
		return out;
	}

}
