package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lccp.inventory.InventoryTotals.Contribution;

/**
 * Reads an inventory spreadsheet in either layout and checks every cell: the sub-sector
 * layout of the C40 / CDP dashboard ({@code city_inventory_seoul_2018.csv}: one figure in
 * tCO2e or a notation key per GPC row) and the activity-line template (one activity or
 * direct emission per line, calculated by the engine). Rows with errors are left out of
 * the totals; nothing is stored.
 */
final class InventoryFile {

	/** Columns of the sub-sector layout that a file must have. */
	static final List<String> SUBSECTOR_COLUMNS = List.of("gpc_ref_no", "scope", "tco2e", "notation_key");

	/**
	 * Every column of the sub-sector layout as the dashboard writes it, plus explanation.
	 */
	static final List<String> SUBSECTOR_LAYOUT = List.of("city", "country", "year", "sector", "scope", "tCO2e",
			"gpc_ref_no", "subsector", "reporting_level", "notation_key", "inventory_level", "boundary", "population",
			"explanation");

	/** Columns of the activity-line template, in order. */
	static final List<String> ACTIVITY_LAYOUT = List.of("gpc_ref", "scope", "description", "notation_key",
			"explanation", "fuel", "amount", "unit", "density_kg_m3", "ef_co2", "ef_co2_unit", "ef_ch4", "ef_ch4_unit",
			"ef_n2o", "ef_n2o_unit", "factor_source", "direct_gas", "direct_amount", "direct_unit", "direct_source",
			"data_quality", "source_document");

	private static final Pattern PLAIN_NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$");

	private static final Pattern GROUPED_NUMBER = Pattern.compile("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

	/** What a file is. */
	enum Layout {

		SUBSECTOR, ACTIVITY

	}

	/**
	 * A row of the file after checking: its contributions to the totals, and what a
	 * stored inventory keeps of it.
	 */
	record CheckedRow(int line, GpcRow row, NotationKey.@Nullable Written key, @Nullable String explanation,
			@Nullable BigDecimal co2e, @Nullable ActivityLine activity, @Nullable LineResult result,
			@Nullable String description, @Nullable String dataQuality, @Nullable String sourceDocument,
			boolean libraryFactors) {
	}

	/** The result of a check. */
	record Checked(Layout layout, InventoryTotals totals, List<Problem> problems, List<CheckedRow> rows,
			Map<String, BigDecimal> statedTotals) {

		boolean hasErrors() {
			return this.problems.stream().anyMatch((p) -> p.severity() == Problem.Severity.ERROR);
		}

	}

	private final EmissionCalculator calculator;

	InventoryFile(EmissionCalculator calculator) {
		this.calculator = calculator;
	}

	Checked check(byte[] content, GwpSet set) {
		return check(content, set, StoredFactors.NONE);
	}

	/**
	 * The factors, per gas, that a line without factors of its own takes from the stored
	 * library before the IPCC defaults: a city's own factors for the fuel (or for grid
	 * electricity), the grid factor of its country. Empty when there are none.
	 */
	@FunctionalInterface
	interface StoredFactors {

		Map<String, ActivityLine.Factor> forLine(GpcRow row, @Nullable String fuel);

		StoredFactors NONE = (row, fuel) -> Map.of();

	}

	/**
	 * Checks a file; an activity line without factors of its own takes those
	 * {@code stored} gives for its row and fuel, if any.
	 */
	Checked check(byte[] content, GwpSet set, StoredFactors stored) {
		var sheet = Sheet.read(content);
		if (sheet.header().containsAll(SUBSECTOR_COLUMNS)) {
			return subsectors(sheet);
		}
		if (sheet.header().contains("gpc_ref") && sheet.header().contains("amount")) {
			return activities(sheet, set, stored);
		}
		throw new UnknownLayoutException();
	}

	private Checked subsectors(Sheet sheet) {
		var library = this.calculator.library();
		var problems = new ArrayList<Problem>();
		var rows = new ArrayList<CheckedRow>();
		var contributions = new ArrayList<Contribution>();
		var seen = new HashMap<String, Integer>();
		var stated = new LinkedHashMap<String, BigDecimal>();
		var explanationColumn = sheet.header().contains("explanation") ? "explanation" : null;
		for (var line : sheet.rows()) {
			var n = line.number();
			var ref = line.get("gpc_ref_no");
			if (ref.startsWith("TOTAL_")) {
				number(line, "tco2e", problems).ifPresent((v) -> stated.put(ref, v));
				continue;
			}
			if (ref.isEmpty()) {
				problems.add(Problem.error(n, "gpc_ref_no", "inventory.problem.refMissing"));
				continue;
			}
			var gpc = library.row(ref).orElse(null);
			if (gpc == null) {
				problems.add(Problem.error(n, "gpc_ref_no", "inventory.problem.unknownRef", ref));
				continue;
			}
			var first = seen.putIfAbsent(gpc.ref(), n);
			if (first != null) {
				problems.add(Problem.error(n, "gpc_ref_no", "inventory.problem.duplicateRow", gpc.ref(), first));
				continue;
			}
			var ok = scope(line, "scope", gpc, problems);
			var keyText = line.get("notation_key");
			var explanation = explanationColumn == null ? null : blankToNull(line.get(explanationColumn));
			NotationKey.Written key = null;
			if (!keyText.isEmpty()) {
				key = NotationKey.parse(keyText).orElse(null);
				if (key == null) {
					problems.add(Problem.error(n, "notation_key", "inventory.problem.unknownNotationKey", keyText));
					ok = false;
				}
			}
			var valueText = line.get("tco2e");
			BigDecimal value = null;
			if (!valueText.isEmpty()) {
				var parsed = number(line, "tco2e", problems);
				if (parsed.isEmpty()) {
					ok = false;
				}
				else {
					value = parsed.get();
					ok &= magnitude(n, "tco2e", value, gpc, problems);
				}
			}
			if (key != null && value != null && value.signum() != 0) {
				problems.add(Problem.error(n, "notation_key", "inventory.problem.valueAndKey", keyText));
				ok = false;
			}
			if (key == null && value == null && ok) {
				problems.add(Problem.warning(n, "tco2e", "inventory.problem.emptyRow", gpc.ref()));
			}
			if (key != null && key.key().needsExplanation() && key.detail() == null && explanation == null) {
				problems.add(Problem.warning(n, explanationColumn == null ? "notation_key" : explanationColumn,
						"inventory.problem.explanationMissing", key.key().name(), gpc.ref()));
			}
			if (key != null && key.key() == NotationKey.IE && key.detail() != null
					&& library.row(key.detail()).isEmpty()) {
				problems.add(Problem.warning(n, "notation_key", "inventory.problem.unknownIncludedIn", key.detail()));
			}
			if (!ok) {
				continue;
			}
			if (value != null && key == null) {
				contributions.add(new Contribution(gpc, "CO2e", value, false));
			}
			rows.add(new CheckedRow(n, gpc, key, explanation != null ? explanation : key == null ? null : key.detail(),
					key == null ? value : null, null, null, null, null, null, false));
		}
		var totals = InventoryTotals.of(contributions);
		compareStated(stated, totals, sheet, problems);
		return new Checked(Layout.SUBSECTOR, totals, List.copyOf(problems), List.copyOf(rows), stated);
	}

	private static void compareStated(Map<String, BigDecimal> stated, InventoryTotals totals, Sheet sheet,
			List<Problem> problems) {
		var levels = Map.of("TOTAL_BASIC", totals.basic(), "TOTAL_BASIC+", totals.basicPlus(), "TOTAL_TERRITORIAL",
				totals.territorial());
		for (var line : sheet.rows()) {
			var ref = line.get("gpc_ref_no");
			var computed = levels.get(ref);
			var given = stated.get(ref);
			if (computed != null && given != null && computed.compareTo(given) != 0) {
				problems.add(Problem.warning(line.number(), "tco2e", "inventory.problem.statedTotalDiffers", ref,
						given.toPlainString(), computed.toPlainString()));
			}
		}
	}

	private Checked activities(Sheet sheet, GwpSet set, StoredFactors stored) {
		var library = this.calculator.library();
		var problems = new ArrayList<Problem>();
		var rows = new ArrayList<CheckedRow>();
		var contributions = new ArrayList<Contribution>();
		var seen = new HashMap<List<String>, Integer>();
		for (var line : sheet.rows()) {
			var n = line.number();
			var ref = line.get("gpc_ref");
			if (ref.isEmpty()) {
				problems.add(Problem.error(n, "gpc_ref", "inventory.problem.refMissing"));
				continue;
			}
			var gpc = library.row(ref).orElse(null);
			if (gpc == null) {
				problems.add(Problem.error(n, "gpc_ref", "inventory.problem.unknownRef", ref));
				continue;
			}
			var ok = scope(line, "scope", gpc, problems);
			var identity = new ArrayList<String>();
			for (var column : ACTIVITY_LAYOUT) {
				identity.add(line.get(column));
			}
			var first = seen.putIfAbsent(identity, n);
			if (first != null) {
				problems.add(Problem.error(n, "gpc_ref", "inventory.problem.duplicateRow", gpc.ref(), first));
				continue;
			}
			var keyText = line.get("notation_key");
			var explanation = blankToNull(line.get("explanation"));
			if (!keyText.isEmpty()) {
				var key = NotationKey.parse(keyText).orElse(null);
				if (key == null) {
					problems.add(Problem.error(n, "notation_key", "inventory.problem.unknownNotationKey", keyText));
					continue;
				}
				if (!line.get("amount").isEmpty() || !line.get("direct_amount").isEmpty()) {
					problems.add(Problem.error(n, "notation_key", "inventory.problem.valueAndKey", keyText));
					continue;
				}
				if (key.key().needsExplanation() && key.detail() == null && explanation == null) {
					problems.add(Problem.warning(n, "explanation", "inventory.problem.explanationMissing",
							key.key().name(), gpc.ref()));
				}
				if (ok) {
					rows.add(new CheckedRow(n, gpc, key, explanation != null ? explanation : key.detail(), null, null,
							null, blankToNull(line.get("description")), null, blankToNull(line.get("source_document")),
							false));
				}
				continue;
			}
			var amount = optionalNumber(line, "amount", problems);
			var density = optionalNumber(line, "density_kg_m3", problems);
			var factors = new LinkedHashMap<String, ActivityLine.Factor>();
			var factorSource = blankToNull(line.get("factor_source"));
			for (var gas : List.of("co2", "ch4", "n2o")) {
				var column = "ef_" + gas;
				var value = optionalNumber(line, column, problems);
				if (value == null || value.isEmpty()) {
					continue;
				}
				var unit = line.get(column + "_unit");
				if (unit.isEmpty()) {
					problems.add(Problem.error(n, column + "_unit", "inventory.problem.unitMissing"));
					ok = false;
				}
				if (factorSource == null) {
					problems.add(Problem.error(n, "factor_source", "inventory.problem.factorWithoutSource",
							gas.toUpperCase(java.util.Locale.ROOT)));
					ok = false;
				}
				factors.put(gas.toUpperCase(java.util.Locale.ROOT),
						new ActivityLine.Factor(value.get(), unit, factorSource));
			}
			var gases = new LinkedHashMap<String, ActivityLine.GasAmount>();
			var directGas = line.get("direct_gas");
			var directAmount = optionalNumber(line, "direct_amount", problems);
			if (!directGas.isEmpty() || (directAmount != null && directAmount.isPresent())) {
				if (directGas.isEmpty() || directAmount == null || directAmount.isEmpty()) {
					problems.add(Problem.error(n, directGas.isEmpty() ? "direct_gas" : "direct_amount",
							"inventory.problem.directIncomplete"));
					ok = false;
				}
				else {
					if (blankToNull(line.get("direct_source")) == null) {
						problems.add(Problem.error(n, "direct_source", "inventory.problem.emissionWithoutSource"));
						ok = false;
					}
					gases.put(directGas, new ActivityLine.GasAmount(directAmount.get(), line.get("direct_unit"),
							blankToNull(line.get("direct_source"))));
				}
			}
			if (amount == null || density == null || directAmount == null || factors.size() < countFactors(line)) {
				ok = false;
			}
			var libraryFactors = factors.isEmpty() && amount != null && amount.isPresent();
			if (libraryFactors) {
				factors.putAll(stored.forLine(gpc, blankToNull(line.get("fuel"))));
			}
			var quality = line.get("data_quality");
			if (!quality.isEmpty()
					&& !List.of("high", "medium", "low").contains(quality.toLowerCase(java.util.Locale.ROOT))) {
				problems.add(Problem.error(n, "data_quality", "inventory.problem.badDataQuality", quality));
				ok = false;
			}
			if (!ok) {
				continue;
			}
			var activity = new ActivityLine(gpc.ref(), blankToNull(line.get("fuel")), amount.orElse(null),
					blankToNull(line.get("unit")), density.orElse(null), factors, gases);
			try {
				var result = this.calculator.calculate(activity, set);
				for (var gas : result.gases()) {
					contributions.add(new Contribution(gpc, gas.gas(), gas.co2eTonnes(), gas.biogenic()));
				}
				rows.add(new CheckedRow(n, gpc, null, null, result.co2eTonnes(), activity, result,
						blankToNull(line.get("description")),
						quality.isEmpty() ? null : quality.toLowerCase(java.util.Locale.ROOT),
						blankToNull(line.get("source_document")), libraryFactors));
			}
			catch (InvalidCalculationException ex) {
				problems.add(new Problem(n, column(ex.field()), Problem.Severity.ERROR, ex.messageKey(),
						java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toList()));
			}
		}
		return new Checked(Layout.ACTIVITY, InventoryTotals.of(contributions), List.copyOf(problems), List.copyOf(rows),
				Map.of());
	}

	private static int countFactors(Sheet.Line line) {
		var count = 0;
		for (var gas : List.of("co2", "ch4", "n2o")) {
			if (!line.get("ef_" + gas).isEmpty()) {
				count++;
			}
		}
		return count;
	}

	/** The template column of an engine field. */
	static String column(String field) {
		return switch (field) {
			case "gpcRef" -> "gpc_ref";
			case "density" -> "density_kg_m3";
			case "amount", "unit", "fuel" -> field;
			default -> {
				if (field.startsWith("factors.")) {
					yield "ef_" + field.substring("factors.".length()).toLowerCase(java.util.Locale.ROOT);
				}
				if (field.startsWith("gases.")) {
					yield "direct_gas";
				}
				yield field;
			}
		};
	}

	private static boolean scope(Sheet.Line line, String column, GpcRow gpc, List<Problem> problems) {
		var text = line.get(column);
		if (text.isEmpty()) {
			return true;
		}
		if (!text.equals(Integer.toString(gpc.scope())) && !text.equals(gpc.scope() + ".0")) {
			problems.add(Problem.error(line.number(), column, "inventory.problem.scopeMismatch", text, gpc.ref(),
					gpc.scope()));
			return false;
		}
		return true;
	}

	private static boolean magnitude(int n, String column, BigDecimal value, GpcRow gpc, List<Problem> problems) {
		if (value.abs().compareTo(EmissionCalculator.LIMIT_TONNES) > 0) {
			problems.add(Problem.error(n, column, "inventory.problem.tooLarge", "CO2e"));
			return false;
		}
		if (value.signum() < 0 && !gpc.allowsRemovals()) {
			problems.add(Problem.error(n, column, "inventory.problem.negativeEmission", gpc.ref()));
			return false;
		}
		return true;
	}

	/** A number cell: empty optional when blank, null when it holds text. */
	private static @Nullable Optional<BigDecimal> optionalNumber(Sheet.Line line, String column,
			List<Problem> problems) {
		if (line.get(column).isEmpty()) {
			return Optional.empty();
		}
		var parsed = number(line, column, problems);
		return parsed.isPresent() ? parsed : null;
	}

	static Optional<BigDecimal> number(Sheet.Line line, String column, List<Problem> problems) {
		var text = line.get(column);
		var parsed = parseNumber(text);
		if (parsed.isEmpty()) {
			problems.add(Problem.error(line.number(), column, "inventory.problem.textInNumber", text));
		}
		return parsed;
	}

	static Optional<BigDecimal> parseNumber(String text) {
		var stripped = text.strip().replace("\u00A0", "").replace(" ", "");
		if (GROUPED_NUMBER.matcher(stripped).matches()) {
			stripped = stripped.replace(",", "");
		}
		if (!PLAIN_NUMBER.matcher(stripped).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(stripped));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	/** A file in neither layout. */
	static class UnknownLayoutException extends org.lccp.shared.web.DomainException {

		UnknownLayoutException() {
			super("inventory.problem.unknownLayout");
		}

	}

}
