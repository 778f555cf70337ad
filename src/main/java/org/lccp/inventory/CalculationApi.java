package org.lccp.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.lccp.opendata.OpenDataApi;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public calculator and inventory check: no account needed, nothing stored, limited
 * like the rest of {@code /api/v1}. Figures are exact JSON numbers.
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "inventory calculator", description = "GHG calculations after the GPC and IPCC 2006, and inventory checks")
class CalculationApi {

	/** The largest file the check reads. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final InventoryManagement inventories;

	private final Texts texts;

	CalculationApi(InventoryManagement inventories, Texts texts) {
		this.inventories = inventories;
		this.texts = texts;
	}

	@PostMapping(path = "/calculations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Calculates the emissions of one activity line (no account needed; rate-limited)",
			description = "activity × net calorific value × emission factor × GWP with the IPCC 2006 defaults or "
					+ "the factors given; every step and source in the answer, steps in the language of "
					+ "Accept-Language. Fuel names as in the IPCC tables (Natural Gas, Gas/Diesel Oil, "
					+ "Wood/Wood Waste…); units J…PJ, Wh…TWh, g…Mt, L, kL, ML, m³, m, km.")
	@ApiResponse(responseCode = "200", description = "the calculation")
	@ApiResponse(responseCode = "400",
			description = "unreadable JSON, unknown row, fuel, unit or gas, a unit that does not fit, a missing "
					+ "density or factor, a negative activity, magnitudes above 10^12 t; errors lists the field",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "request budget spent; see Retry-After")
	CalculationAnswer calculate(@RequestBody CalculationRequest request) {
		var set = gwpSet(request.gwpSet());
		if (request.gpcRef() == null || request.gpcRef().isBlank()) {
			throw new InvalidCalculationException("gpcRef", "inventory.problem.refMissing");
		}
		var factors = new LinkedHashMap<String, ActivityLine.Factor>();
		if (request.factors() != null) {
			request.factors().forEach((gas, f) -> {
				if (f == null || f.value() == null || f.unit() == null || f.unit().isBlank()) {
					throw new InvalidCalculationException("factors." + gas, "inventory.problem.factorIncomplete", gas);
				}
				factors.put(gas, new ActivityLine.Factor(f.value(), f.unit(), f.source()));
			});
		}
		var gases = new LinkedHashMap<String, ActivityLine.GasAmount>();
		if (request.gases() != null) {
			request.gases().forEach((gas, g) -> {
				if (g == null || g.amount() == null || g.unit() == null || g.unit().isBlank()) {
					throw new InvalidCalculationException("gases." + gas, "inventory.problem.directIncomplete");
				}
				gases.put(gas, new ActivityLine.GasAmount(g.amount(), g.unit(), g.source()));
			});
		}
		var line = new ActivityLine(request.gpcRef().strip(), request.fuel(), request.amount(), request.unit(),
				request.density(), factors, gases);
		var result = this.inventories.calculate(line, set);
		var locale = LocaleContextHolder.getLocale();
		return CalculationAnswer.of(result, this.texts.steps(result.steps(), locale),
				result.warnings().stream().map((w) -> this.texts.message(w, new Object[0], locale)).toList());
	}

	@PostMapping(path = "/inventory-checks", consumes = { "text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Checks an inventory file and gives its totals (no account needed; nothing stored)",
			description = "Body: a CSV (Content-Type text/csv) or XLSX in the sub-sector layout of the C40/CDP "
					+ "dashboard (gpc_ref_no, scope, tCO2e, notation_key, optional explanation) or in the "
					+ "activity-line template (gpc_ref, fuel, amount, unit, …; see /inventories/template.csv). "
					+ "Answers BASIC, BASIC+ and territorial totals in tCO2e (exact) and every problem by row "
					+ "and column, in the language of Accept-Language.")
	@ApiResponse(responseCode = "200", description = "totals and problems")
	@ApiResponse(responseCode = "400", description = "a file in neither layout, or not a readable CSV or XLSX",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "a file larger than 5 MB")
	CheckAnswer check(InputStream body,
			@RequestParam(defaultValue = "AR5") @Parameter(
					description = "GWP set for activity lines: SAR, AR4, AR5, AR6, AR5-split, AR6-split") String gwpSet)
			throws IOException {
		var set = gwpSet(gwpSet);
		var content = body.readNBytes(MAX_BYTES + 1);
		if (content.length > MAX_BYTES) {
			throw new FileTooLargeException();
		}
		var checked = this.inventories.check(content, set);
		return CheckAnswer.of(checked, this.texts, LocaleContextHolder.getLocale());
	}

	static GwpSet gwpSet(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return GwpSet.AR5;
		}
		return GwpSet.parse(text)
			.orElseThrow(() -> new InvalidCalculationException("gwpSet", "inventory.problem.unknownGwpSet", text));
	}

	/** A calculation request. */
	record CalculationRequest(@Nullable String gpcRef, @Nullable String gwpSet, @Nullable String fuel,
			@Nullable BigDecimal amount, @Nullable String unit, @Nullable BigDecimal density,
			@Nullable Map<String, FactorRequest> factors, @Nullable Map<String, GasRequest> gases) {
	}

	/** A factor in a request. */
	record FactorRequest(@Nullable BigDecimal value, @Nullable String unit, @Nullable String source) {
	}

	/** A gas emitted directly, in a request. */
	record GasRequest(@Nullable BigDecimal amount, @Nullable String unit, @Nullable String source) {
	}

	/** The answer to a calculation. */
	record CalculationAnswer(String gpcRef, int scope, String gwpSet, BigDecimal co2eTonnes,
			BigDecimal biogenicCo2Tonnes, @Nullable BigDecimal energyTj, List<GasAnswer> gases, List<String> steps,
			List<CalculationStep> stepData, List<String> sources, List<String> warnings) {

		static CalculationAnswer of(LineResult r, List<String> steps, List<String> warnings) {
			return new CalculationAnswer(r.gpcRef(), r.scope(), r.gwpSet().label(), plain(r.co2eTonnes()),
					plain(r.biogenicCo2Tonnes()), r.energyTj() == null ? null : plain(r.energyTj()),
					r.gases()
						.stream()
						.map((g) -> new GasAnswer(g.gas(), plain(g.tonnes()), plain(g.gwp()), plain(g.co2eTonnes()),
								g.biogenic()))
						.toList(),
					steps, r.steps(), r.sources(), warnings);
		}

	}

	/** One gas of an answer. */
	record GasAnswer(String gas, BigDecimal tonnes, BigDecimal gwp, BigDecimal co2eTonnes, boolean biogenic) {
	}

	/** The answer to a check. */
	record CheckAnswer(String layout, TotalsAnswer totals, List<ProblemAnswer> problems, int rows) {

		static CheckAnswer of(InventoryFile.Checked checked, Texts texts, Locale locale) {
			var t = checked.totals();
			return new CheckAnswer(checked.layout().name(), TotalsAnswer.of(t), checked.problems()
				.stream()
				// Errors first (they block an import), each kind in the order of the
				// file.
				.sorted(java.util.Comparator.comparing((Problem p) -> p.severity()).thenComparingInt(Problem::row))
				.map((p) -> new ProblemAnswer(p.row(), p.column(), p.severity().name(), p.key(),
						texts.problem(p, locale)))
				.toList(), checked.rows().size());
		}

	}

	/** Totals in tCO2e. */
	record TotalsAnswer(BigDecimal basic, BigDecimal basicPlus, BigDecimal territorial, BigDecimal otherScope3,
			BigDecimal biogenicCo2, Map<String, BigDecimal> byScope, Map<String, BigDecimal> bySector,
			Map<String, BigDecimal> byGas) {

		static TotalsAnswer of(InventoryTotals t) {
			var scopes = new LinkedHashMap<String, BigDecimal>();
			t.byScope().forEach((k, v) -> scopes.put(k.toString(), plain(v)));
			return new TotalsAnswer(plain(t.basic()), plain(t.basicPlus()), plain(t.territorial()),
					plain(t.otherScope3()), plain(t.biogenicCo2()), scopes, plainMap(t.bySector()),
					plainMap(t.byGas()));
		}

	}

	/** A problem of a checked file. */
	record ProblemAnswer(int row, String column, String severity, String key, String message) {
	}

	static Map<String, BigDecimal> plainMap(Map<String, BigDecimal> map) {
		var plain = new LinkedHashMap<String, BigDecimal>();
		map.forEach((k, v) -> plain.put(k, plain(v)));
		return plain;
	}

	/**
	 * The same number without trailing zeros and never in powers of ten above one, so
	 * that JSON shows 56266.5 rather than 56266.5000 or 5.62665E+4.
	 */
	static BigDecimal plain(BigDecimal value) {
		var stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** A file above the check's limit. */
	static class FileTooLargeException extends org.lccp.shared.web.DomainException {

		FileTooLargeException() {
			super("inventory.problem.fileTooLarge", MAX_BYTES / (1024 * 1024));
		}

	}

}
