package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.Decimals;

/**
 * The form of one entry of a draft (never an entity): an activity line (amount, unit,
 * fuel, factors per gas with their source), gases emitted directly (up to three, each
 * with its source), or the row's notation key with its explanation. The numbers are bound
 * by Spring's binder under the file import's number rule ({@link InventoryNumber}), so a
 * word in a number cell is that cell's {@code typeMismatch} error and reaches
 * {@link #read} as none, with its text kept on the page; the rest is read here.
 */
record LineForm(@Nullable Long version, @Nullable String kind, @Nullable String gpcRef, @Nullable String description,
		@Nullable String fuel, @InventoryNumber @Nullable BigDecimal amount, @Nullable String unit,
		@InventoryNumber @Nullable BigDecimal density, @InventoryNumber @Nullable BigDecimal co2Value,
		@Nullable String co2Unit, @Nullable String co2Source, @InventoryNumber @Nullable BigDecimal ch4Value,
		@Nullable String ch4Unit, @Nullable String ch4Source, @InventoryNumber @Nullable BigDecimal n2oValue,
		@Nullable String n2oUnit, @Nullable String n2oSource, @Nullable String gas1,
		@InventoryNumber @Nullable BigDecimal gas1Amount, @Nullable String gas1Unit, @Nullable String gas1Source,
		@Nullable String gas2, @InventoryNumber @Nullable BigDecimal gas2Amount, @Nullable String gas2Unit,
		@Nullable String gas2Source, @Nullable String gas3, @InventoryNumber @Nullable BigDecimal gas3Amount,
		@Nullable String gas3Unit, @Nullable String gas3Source, @Nullable String dataQuality,
		@Nullable String sourceDocument, @Nullable String notationKey, @Nullable String includedIn,
		@Nullable String explanation) {

	/** The number fields, in the order of the form. */
	static final List<String> NUMBERS = List.of("amount", "density", "co2Value", "ch4Value", "n2oValue", "gas1Amount",
			"gas2Amount", "gas3Amount");

	static final String ACTIVITY = "activity";

	static final String DIRECT = "direct";

	static final String KEY = "key";

	/** Longest description, source or explanation. */
	static final int TEXT = 1000;

	/** A field's error: a message key and its arguments. */
	record FieldError(String key, List<Object> arguments) {

		static FieldError of(String key, Object... arguments) {
			return new FieldError(key, List.of(arguments));
		}

	}

	static LineForm empty(long version, @Nullable String row, @Nullable String kind) {
		return new LineForm(version, kind == null ? ACTIVITY : kind, row, null, null, null, null, null, null, "kg/TJ",
				null, null, "kg/TJ", null, null, "kg/TJ", null, null, null, "t", null, null, null, "t", null, null,
				null, "t", null, null, null, null, null, null);
	}

	/** The form of a stored entry, to edit it. */
	static LineForm of(InventoryRecords.Entry e, long version) {
		if (!e.isLine()) {
			var explanation = e.explanation();
			String includedIn = null;
			if ("IE".equals(e.notationKey()) && explanation != null) {
				var match = java.util.regex.Pattern
					.compile("^([IV]+(?:\\.\\d+){1,2})(?: — (.*))?$", java.util.regex.Pattern.DOTALL)
					.matcher(explanation);
				if (match.matches()) {
					includedIn = match.group(1);
					explanation = match.group(2);
				}
			}
			return new LineForm(version, KEY, e.gpcRef(), null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, e.notationKey(), includedIn, explanation);
		}
		var input = LineInput.read(e.input());
		var f = input.factors();
		var gases = List.copyOf(input.gases().entrySet());
		String[] g = new String[9];
		BigDecimal[] amounts = new BigDecimal[3];
		for (int i = 0; i < Math.min(3, gases.size()); i++) {
			var amount = gases.get(i).getValue();
			g[i * 3] = gases.get(i).getKey();
			amounts[i] = amount.amount();
			g[i * 3 + 1] = amount.unit();
			g[i * 3 + 2] = amount.source();
		}
		return new LineForm(version, e.amount() == null ? DIRECT : ACTIVITY, e.gpcRef(), e.description(), e.fuel(),
				stripped(e.amount()), e.unit(), stripped(e.density()), value(f.get("CO2")), unit(f.get("CO2")),
				source(f.get("CO2")), value(f.get("CH4")), unit(f.get("CH4")), source(f.get("CH4")),
				value(f.get("N2O")), unit(f.get("N2O")), source(f.get("N2O")), g[0], amounts[0], g[1], g[2], g[3],
				amounts[1], g[4], g[5], g[6], amounts[2], g[7], g[8], e.dataQuality(), e.sourceDocument(), null, null,
				null);
	}

	/**
	 * The numbers as the page shows them: as typed when the form was posted (also when
	 * they did not convert), else plain digits of the values.
	 */
	java.util.Map<String, String> typed(org.springframework.web.context.request.WebRequest request) {
		var values = java.util.Arrays.asList(this.amount, this.density, this.co2Value, this.ch4Value, this.n2oValue,
				this.gas1Amount, this.gas2Amount, this.gas3Amount);
		var shown = new LinkedHashMap<String, String>();
		for (int i = 0; i < NUMBERS.size(); i++) {
			var sent = request.getParameter(NUMBERS.get(i));
			var value = values.get(i);
			shown.put(NUMBERS.get(i), (sent != null) ? sent : (value == null) ? "" : value.toPlainString());
		}
		return shown;
	}

	private static @Nullable BigDecimal stripped(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		var plain = value.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

	private static @Nullable BigDecimal value(ActivityLine.@Nullable Factor f) {
		return f == null ? null : f.value();
	}

	private static @Nullable String unit(ActivityLine.@Nullable Factor f) {
		return f == null ? null : f.unit();
	}

	private static @Nullable String source(ActivityLine.@Nullable Factor f) {
		return f == null ? null : f.source();
	}

	String kindOrActivity() {
		return KEY.equals(this.kind) || DIRECT.equals(this.kind) ? this.kind : ACTIVITY;
	}

	/** The result of reading the form: the change, or the errors by field. */
	record Read(InventoryEditing.@Nullable Change change, Map<String, FieldError> errors) {
	}

	/**
	 * Reads the form field by field; every problem is named at its field. The engine
	 * checks the rest (unit, fuel, density, magnitudes) when the line is calculated.
	 * @param unread the errors of number fields the binder could not convert, which hold
	 * none here
	 */
	Read read(ReferenceLibrary library, Map<String, FieldError> unread) {
		var errors = new LinkedHashMap<String, FieldError>(unread);
		var ref = text(this.gpcRef);
		if (ref == null) {
			errors.put("gpcRef", FieldError.of("inventory.problem.refMissing"));
		}
		else if (library.row(ref).isEmpty()) {
			errors.put("gpcRef", FieldError.of("inventory.problem.unknownRef", ref));
		}
		var row = ref == null ? null : library.row(ref).map(GpcRow::ref).orElse(null);
		if (KEY.equals(this.kind)) {
			return readKey(library, row, errors);
		}
		var description = limited("description", this.description, errors);
		var sourceDocument = limited("sourceDocument", this.sourceDocument, errors);
		var quality = text(this.dataQuality);
		if (quality != null) {
			quality = quality.toLowerCase(Locale.ROOT);
			if (!List.of("high", "medium", "low").contains(quality)) {
				errors.put("dataQuality", FieldError.of("inventory.problem.badDataQuality", quality));
			}
		}
		var factors = new LinkedHashMap<String, ActivityLine.Factor>();
		var gases = new LinkedHashMap<String, ActivityLine.GasAmount>();
		BigDecimal amount = null;
		BigDecimal density = null;
		String unit = null;
		String fuel = null;
		if (DIRECT.equals(this.kind)) {
			direct(1, this.gas1, this.gas1Amount, this.gas1Unit, this.gas1Source, gases, errors);
			direct(2, this.gas2, this.gas2Amount, this.gas2Unit, this.gas2Source, gases, errors);
			direct(3, this.gas3, this.gas3Amount, this.gas3Unit, this.gas3Source, gases, errors);
			if (gases.isEmpty() && !errors.containsKey("gas1") && !errors.containsKey("gas1Amount")) {
				errors.put("gas1", FieldError.of("inventory.problem.directIncomplete"));
			}
		}
		else {
			amount = fitting("amount", this.amount, 28, 12, errors);
			if (amount == null && !errors.containsKey("amount")) {
				errors.put("amount", FieldError.of("inventory.problem.amountMissing"));
			}
			unit = text(this.unit);
			if (unit == null) {
				errors.put("unit", FieldError.of("inventory.problem.unitMissing"));
			}
			density = fitting("density", this.density, 12, 8, errors);
			fuel = text(this.fuel);
			if (fuel != null && fuel.length() > 100) {
				errors.put("fuel", FieldError.of("inventory.problem.unknownFuel", fuel.substring(0, 100)));
			}
			factor("CO2", "co2", this.co2Value, this.co2Unit, this.co2Source, factors, errors);
			factor("CH4", "ch4", this.ch4Value, this.ch4Unit, this.ch4Source, factors, errors);
			factor("N2O", "n2o", this.n2oValue, this.n2oUnit, this.n2oSource, factors, errors);
		}
		if (!errors.isEmpty() || row == null) {
			return new Read(null, errors);
		}
		return new Read(
				new InventoryEditing.LineChange(row, new ActivityLine(row, fuel, amount, unit, density, factors, gases),
						description, quality, sourceDocument),
				errors);
	}

	private Read readKey(ReferenceLibrary library, @Nullable String row, Map<String, FieldError> errors) {
		var keyText = text(this.notationKey);
		var key = keyText == null ? null : NotationKey.parse(keyText).map(NotationKey.Written::key).orElse(null);
		if (key == null) {
			errors.put("notationKey",
					FieldError.of("inventory.problem.unknownNotationKey", keyText == null ? "" : keyText));
		}
		var explanation = limited("explanation", this.explanation, errors);
		var included = text(this.includedIn);
		if (included != null && key != NotationKey.IE) {
			errors.put("includedIn", FieldError.of("inventory.line.includedInOnlyIe"));
		}
		else if (included != null) {
			var target = library.row(included);
			if (target.isEmpty()) {
				errors.put("includedIn", FieldError.of("inventory.problem.unknownIncludedIn", included));
			}
			else if (target.get().ref().equals(row)) {
				errors.put("includedIn", FieldError.of("inventory.line.includedInItself", included));
			}
			else {
				included = target.get().ref();
			}
		}
		if (key != null && key.needsExplanation() && explanation == null && included == null) {
			errors.put("explanation",
					FieldError.of("inventory.problem.explanationMissing", key.name(), row == null ? "" : row));
		}
		if (!errors.isEmpty() || row == null || key == null) {
			return new Read(null, errors);
		}
		var stored = included == null ? explanation : explanation == null ? included : included + " — " + explanation;
		return new Read(new InventoryEditing.KeyChange(row, key, stored), errors);
	}

	private static void direct(int n, @Nullable String gas, @Nullable BigDecimal amountValue, @Nullable String unit,
			@Nullable String source, Map<String, ActivityLine.GasAmount> gases, Map<String, FieldError> errors) {
		var name = text(gas);
		var prefix = "gas" + n;
		if (name == null && amountValue == null && !errors.containsKey(prefix + "Amount")) {
			return;
		}
		var amount = fitting(prefix + "Amount", amountValue, 24, 12, errors);
		if (name == null || (amount == null && !errors.containsKey(prefix + "Amount")) || text(unit) == null) {
			errors.put(name == null ? prefix : amount == null ? prefix + "Amount" : prefix + "Unit",
					FieldError.of("inventory.problem.directIncomplete"));
			return;
		}
		if (text(source) == null) {
			errors.put(prefix + "Source", FieldError.of("inventory.problem.emissionWithoutSource"));
		}
		else if (source.length() > TEXT) {
			errors.put(prefix + "Source", FieldError.of("inventory.line.tooLong", TEXT));
		}
		if (amount != null && text(source) != null) {
			if (gases.containsKey(name)) {
				errors.put(prefix, FieldError.of("inventory.line.gasTwice", name));
				return;
			}
			gases.put(name, new ActivityLine.GasAmount(amount, text(unit), text(source)));
		}
	}

	private static void factor(String gas, String prefix, @Nullable BigDecimal given, @Nullable String unit,
			@Nullable String source, Map<String, ActivityLine.Factor> factors, Map<String, FieldError> errors) {
		if (given == null) {
			// A unit alone (the form's default) is no factor; a value that did not
			// convert has its error already.
			return;
		}
		var value = fitting(prefix + "Value", given, 24, 12, errors);
		if (value == null) {
			return;
		}
		if (text(unit) == null) {
			errors.put(prefix + "Unit", FieldError.of("inventory.problem.factorIncomplete", gas));
			return;
		}
		if (text(source) == null) {
			errors.put(prefix + "Source", FieldError.of("inventory.problem.factorWithoutSource", gas));
			return;
		}
		if (source.length() > TEXT) {
			errors.put(prefix + "Source", FieldError.of("inventory.line.tooLong", TEXT));
			return;
		}
		factors.put(gas, new ActivityLine.Factor(value, text(unit), text(source)));
	}

	/**
	 * A number the binder read: null when blank; more digits than the record keeps is the
	 * cell's error.
	 */
	private static @Nullable BigDecimal fitting(String field, @Nullable BigDecimal value, int integer, int fraction,
			Map<String, FieldError> errors) {
		if (value == null) {
			return null;
		}
		if (!Decimals.fits(value, integer, fraction)) {
			errors.put(field, FieldError.of("inventory.line.tooManyDigits", integer, fraction));
			return null;
		}
		return value;
	}

	/** The error of a number the binder could not read: the text, cut short. */
	static FieldError unreadNumber(@Nullable Object typed) {
		var text = String.valueOf(typed).strip();
		return FieldError.of("inventory.problem.textInNumber", text.length() > 40 ? text.substring(0, 40) + "…" : text);
	}

	private static @Nullable String limited(String field, @Nullable String text, Map<String, FieldError> errors) {
		var stripped = text(text);
		if (stripped != null && stripped.length() > TEXT) {
			errors.put(field, FieldError.of("inventory.line.tooLong", TEXT));
			return null;
		}
		return stripped;
	}

	private static @Nullable String text(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
