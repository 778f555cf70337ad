package org.lccp.inventory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lccp.inventory.CalculationStep.Figure;
import org.lccp.inventory.ReferenceLibrary.Fuel;
import org.lccp.inventory.Units.Known;

/**
 * The calculation engine: activity × net calorific value × emission factor × GWP, in
 * exact decimal arithmetic, with every step and source recorded. Unit conversions are
 * Indriya's exact ratios; a quotient that does not terminate (TJ to MWh) is the only
 * place a figure is rounded, to 34 significant digits, and its step says so. Thread-safe
 * and free of I/O, so the public calculator, imports and the benchmark share it.
 */
public final class EmissionCalculator {

	/** The largest mass of one gas (or its CO2e) a line may give: 10^12 t. */
	public static final BigDecimal LIMIT_TONNES = BigDecimal.TEN.pow(12);

	private static final Pattern GAS_IN_UNIT = Pattern.compile("(?i)\\s*(co2-?eq?|co2e|co2|ch4|n2o)\\s*");

	private static final List<String> ORDER = List.of("CO2", "CH4", "N2O");

	private final ReferenceLibrary library;

	private final Map<String, Optional<FactorUnit>> factorUnits = new ConcurrentHashMap<>();

	/**
	 * The IPCC default factors of each fuel in each GPC row, CO2, CH4 and N2O in that
	 * order (null where the defaults give none), looked up once here instead of per line.
	 */
	private final Map<String, Map<String, ReferenceLibrary.Value[]>> defaults = new HashMap<>();

	/**
	 * The GWP of each gas, per set and origin ({@code set.ordinal() * 2 + biological}),
	 * so that a line does not build the same record again.
	 */
	private final List<Map<String, ReferenceLibrary.Gwp>> gwps = new ArrayList<>();

	/** The factor units of the defaults, parsed once. */
	private final Map<String, FactorUnit> defaultUnits = new HashMap<>();

	/**
	 * The plan of each fuel in each GPC row for lines with the library's factors, where
	 * one can be made.
	 */
	private final Map<String, Map<String, FuelPlan>> plans = new HashMap<>();

	public EmissionCalculator(ReferenceLibrary library) {
		this.library = library;
		var gases = Fuel.combustionGases();
		for (var fuel : library.fuels()) {
			var byRow = new HashMap<String, ReferenceLibrary.Value[]>();
			for (var row : library.rows()) {
				var values = new ReferenceLibrary.Value[gases.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = fuel.factor(gases.get(i), row).orElse(null);
					if (values[i] != null) {
						var unit = values[i].unit();
						parseFactorUnit(unit).ifPresent((u) -> this.defaultUnits.putIfAbsent(unit, u));
					}
				}
				byRow.put(row.ref(), values);
			}
			this.defaults.put(fuel.name(), byRow);
		}
		var names = new ArrayList<>(library.gases());
		names.add(ReferenceLibrary.CO2E);
		for (var set : GwpSet.values()) {
			for (var biological : new boolean[] { false, true }) {
				var map = new HashMap<String, ReferenceLibrary.Gwp>();
				for (var gas : names) {
					library.gwp(gas, set, biological).ifPresent((g) -> map.put(gas, g));
				}
				this.gwps.add(map);
			}
		}
		for (var fuel : library.fuels()) {
			var byRow = new HashMap<String, FuelPlan>();
			for (var row : library.rows()) {
				var biological = fuel.biomass() || row.biologicalMethane();
				var sets = GwpSet.values();
				var values = new BigDecimal[sets.length * gases.size()];
				for (var set : sets) {
					for (int g = 0; g < gases.size(); g++) {
						var gwp = gwp(gases.get(g), set, biological);
						values[set.ordinal() * gases.size() + g] = gwp == null ? null : gwp.value();
					}
				}
				var plan = FuelPlan.of(fuel, row, this.defaults.get(fuel.name()).get(row.ref()), values);
				if (plan != null) {
					byRow.put(row.ref(), plan);
				}
			}
			this.plans.put(fuel.name(), byRow);
		}
	}

	private ReferenceLibrary.@Nullable Gwp gwp(String gas, GwpSet set, boolean biological) {
		var cached = this.gwps.get(set.ordinal() * 2 + (biological ? 1 : 0)).get(gas);
		return cached != null ? cached : this.library.gwp(gas, set, biological).orElse(null);
	}

	private ReferenceLibrary.@Nullable Value defaultFactor(Fuel fuel, int gas, String gasName, GpcRow row) {
		var byRow = this.defaults.get(fuel.name());
		var values = byRow == null ? null : byRow.get(row.ref());
		if (values == null) {
			return fuel.factor(gasName, row).orElse(null);
		}
		return gas < values.length ? values[gas] : null;
	}

	public ReferenceLibrary library() {
		return this.library;
	}

	/**
	 * Calculates one line. The steps of a line with the library's factors are not
	 * recorded here but built when first read ({@link LineResult#steps()}); they are the
	 * same steps.
	 * @throws InvalidCalculationException naming the field at fault when the line cannot
	 * be calculated
	 */
	public LineResult calculate(ActivityLine line, GwpSet set) {
		var planned = planned(line, set);
		return planned != null ? planned : record(line, set);
	}

	/**
	 * The common line (a fuel with the library's factors, by mass or energy) from its
	 * prepared plan, or null for any other line.
	 */
	private @Nullable LineResult planned(ActivityLine line, GwpSet set) {
		var amount = line.amount();
		var written = line.unit();
		if (line.fuel() == null || amount == null || written == null || line.density() != null
				|| !line.factors().isEmpty() || !line.gases().isEmpty()) {
			return null;
		}
		var row = this.library.row(line.gpcRef()).orElse(null);
		var fuel = this.library.fuel(line.fuel()).orElse(null);
		var unit = Units.find(written).orElse(null);
		if (row == null || fuel == null || unit == null) {
			return null;
		}
		var byRow = this.plans.get(fuel.name());
		var plan = byRow == null ? null : byRow.get(row.ref());
		return plan == null ? null : plan.calculate(this, line, amount, unit, set);
	}

	/**
	 * Calculates one line recording every step as it goes.
	 * @throws InvalidCalculationException naming the field at fault when the line cannot
	 * be calculated
	 */
	LineResult record(ActivityLine line, GwpSet set) {
		var row = this.library.row(line.gpcRef())
			.orElseThrow(
					() -> new InvalidCalculationException("gpcRef", "inventory.problem.unknownRef", line.gpcRef()));
		Fuel fuel = null;
		if (line.fuel() != null && !line.fuel().isBlank()) {
			fuel = this.library.fuel(line.fuel())
				.orElseThrow(
						() -> new InvalidCalculationException("fuel", "inventory.problem.unknownFuel", line.fuel()));
		}
		var work = new Work(row, fuel, set);
		if (line.amount() != null) {
			activity(work, line);
		}
		else if (!line.factors().isEmpty() || fuel != null) {
			throw new InvalidCalculationException("amount", "inventory.problem.amountMissing");
		}
		for (var entry : line.gases().entrySet()) {
			direct(work, entry.getKey(), entry.getValue());
		}
		if (work.masses.isEmpty()) {
			throw new InvalidCalculationException("amount", "inventory.problem.nothingToCalculate");
		}
		return finish(work);
	}

	private void activity(Work work, ActivityLine line) {
		var amount = line.amount();
		if (line.unit() == null || line.unit().isBlank()) {
			throw new InvalidCalculationException("unit", "inventory.problem.unitMissing");
		}
		var unit = Units.find(line.unit())
			.orElseThrow(() -> new InvalidCalculationException("unit", "inventory.problem.unknownUnit", line.unit()));
		sane(amount, "amount");
		if (amount.signum() < 0) {
			throw new InvalidCalculationException("amount", "inventory.problem.negativeActivity",
					amount.toPlainString());
		}
		if (line.density() != null) {
			sane(line.density(), "density");
		}
		if (line.density() != null && line.density().signum() <= 0) {
			throw new InvalidCalculationException("density", "inventory.problem.badDensity",
					line.density().toPlainString());
		}
		var activity = new Figure(amount, unit.symbol());
		List<String> order;
		Map<String, ActivityLine.Factor> given;
		if (line.factors().isEmpty()) {
			// The common case: a fuel with the library's factors, three gases in a fixed
			// order.
			if (work.fuel == null) {
				throw new InvalidCalculationException("factors", "inventory.problem.factorsMissing");
			}
			order = Fuel.combustionGases();
			given = Map.of();
		}
		else {
			var gases = new LinkedHashSet<String>();
			if (work.fuel != null) {
				gases.addAll(Fuel.combustionGases());
			}
			var byGas = new HashMap<String, ActivityLine.Factor>();
			for (var entry : line.factors().entrySet()) {
				var gas = canonicalGas(entry.getKey(), "factors." + entry.getKey());
				gases.add(gas);
				byGas.put(gas, entry.getValue());
			}
			order = ordered(gases);
			given = byGas;
		}
		// The activity in the unit of the factors: nearly always one unit for all gases.
		Known lastPer = null;
		Figure lastBase = null;
		Map<String, Figure> converted = null;
		for (int g = 0; g < order.size(); g++) {
			var gas = order.get(g);
			var own = given.get(gas);
			BigDecimal factorValue;
			FactorUnit factorUnit;
			String source;
			if (own != null) {
				if (own.value().signum() < 0) {
					throw new InvalidCalculationException("factors." + gas, "inventory.problem.negativeFactor", gas);
				}
				sane(own.value(), "factors." + gas);
				factorUnit = factorUnit(own.unit()).orElseThrow(() -> new InvalidCalculationException("factors." + gas,
						"inventory.problem.badFactorUnit", own.unit()));
				factorValue = own.value();
				if (own.source() == null || own.source().isBlank()) {
					work.warn("inventory.warning.factorWithoutSource");
					source = null;
				}
				else {
					source = own.source().strip();
				}
			}
			else {
				var fuel = work.fuel;
				// The fixed order of the common case is the order of the defaults table.
				var index = given.isEmpty() ? g : Fuel.combustionGases().indexOf(gas);
				var value = fuel == null ? null : index >= 0 ? defaultFactor(fuel, index, gas, work.row)
						: fuel.factor(gas, work.row).orElse(null);
				if (value == null) {
					throw new InvalidCalculationException("factors." + gas, "inventory.problem.noDefaultFactor", gas,
							fuel == null ? "" : fuel.name(), work.row.ref());
				}
				var known = this.defaultUnits.get(value.unit());
				factorUnit = known != null ? known : factorUnit(value.unit()).orElseThrow();
				factorValue = value.value();
				source = value.source();
			}
			Figure base;
			if (factorUnit.per() == lastPer) {
				base = lastBase;
			}
			else {
				base = converted == null ? null : converted.get(factorUnit.per().symbol());
				if (base == null) {
					base = toUnit(work, activity, unit, factorUnit.per(), line.density(), line.unit());
					// A map only once the factors use a second unit of activity.
					if (lastPer != null) {
						if (converted == null) {
							converted = new HashMap<>();
							converted.put(lastPer.symbol(), lastBase);
						}
						converted.put(factorUnit.per().symbol(), base);
					}
				}
				lastPer = factorUnit.per();
				lastBase = base;
			}
			var mass = base.value().multiply(factorValue);
			var massFigure = new Figure(mass, factorUnit.mass().symbol());
			work.step("emission", gas, List.of(base, new Figure(factorValue, factorUnit.text())), massFigure, source,
					false);
			work.add(gas, toTonnes(work, gas, massFigure, factorUnit.mass()));
		}
	}

	private void direct(Work work, String name, ActivityLine.GasAmount given) {
		var field = "gases." + name;
		var gas = canonicalGas(name, field);
		var unit = Units.find(given.unit())
			.orElseThrow(() -> new InvalidCalculationException(field, "inventory.problem.unknownUnit", given.unit()));
		if (unit.kind() != Units.Kind.MASS) {
			throw new InvalidCalculationException(field, "inventory.problem.gasUnitNotMass", given.unit(), gas);
		}
		if (given.amount().signum() < 0 && !work.row.allowsRemovals()) {
			throw new InvalidCalculationException(field, "inventory.problem.negativeEmission", work.row.ref());
		}
		sane(given.amount(), field);
		var figure = new Figure(given.amount(), unit.symbol());
		var source = given.source() == null || given.source().isBlank() ? null : given.source().strip();
		work.step("direct", gas, List.of(), figure, source, false);
		work.add(gas, toTonnes(work, gas, figure, unit));
	}

	private String canonicalGas(String name, String field) {
		return this.library.gas(name)
			.orElseThrow(() -> new InvalidCalculationException(field, "inventory.problem.unknownGas", name));
	}

	private static List<String> ordered(LinkedHashSet<String> gases) {
		var list = new ArrayList<String>();
		for (var gas : ORDER) {
			if (gases.contains(gas)) {
				list.add(gas);
			}
		}
		for (var gas : gases) {
			if (!ORDER.contains(gas)) {
				list.add(gas);
			}
		}
		return list;
	}

	private static BigDecimal toTonnes(Work work, String gas, Figure mass, Known unit) {
		var tonne = Units.tonne();
		if (unit.symbol().equals(tonne.symbol())) {
			return mass.value();
		}
		var ratio = Units.ratio(unit, tonne);
		var tonnes = ratio.apply(mass.value());
		work.step("convert", gas, List.of(mass), new Figure(tonnes, tonne.symbol()), null, !ratio.terminating());
		return tonnes;
	}

	/**
	 * The activity in the unit a factor is given per: a conversion within one kind, or
	 * through density (volume ↔ mass) and net calorific value (mass ↔ energy).
	 */
	private Figure toUnit(Work work, Figure activity, Known unit, Known target, @Nullable BigDecimal density,
			String written) {
		if (unit.kind() == target.kind()) {
			var result = convert(work, activity, unit, target);
			if (target.kind() == Units.Kind.ENERGY) {
				work.energy = Units.ratio(target, Units.terajoule()).apply(result.value());
			}
			return result;
		}
		var fuel = work.fuel;
		switch (target.kind()) {
			case ENERGY -> {
				var mass = switch (unit.kind()) {
					case MASS -> convert(work, activity, unit, Units.gigagram());
					case VOLUME ->
						convert(work, viaDensity(work, activity, unit, density), Units.kilogram(), Units.gigagram());
					default -> throw unfit(written, target, fuel);
				};
				var ncv = ncv(fuel, written, target);
				var energy = new Figure(mass.value().multiply(ncv.value()), Units.terajoule().symbol());
				work.step("energy", null, List.of(mass, new Figure(ncv.value(), ncv.unit())), energy, ncv.source(),
						false);
				work.energy = energy.value();
				return convert(work, energy, Units.terajoule(), target);
			}
			case MASS -> {
				if (unit.kind() == Units.Kind.VOLUME) {
					return convert(work, viaDensity(work, activity, unit, density), Units.kilogram(), target);
				}
				if (unit.kind() == Units.Kind.ENERGY) {
					var ncv = ncv(fuel, written, target);
					var energy = convert(work, activity, unit, Units.terajoule());
					work.energy = energy.value();
					var gigagrams = divide(energy.value(), ncv.value());
					work.step("mass", null, List.of(energy, new Figure(ncv.value(), ncv.unit())),
							new Figure(gigagrams.value(), Units.gigagram().symbol()), ncv.source(),
							gigagrams.rounded());
					return convert(work, new Figure(gigagrams.value(), Units.gigagram().symbol()), Units.gigagram(),
							target);
				}
				throw unfit(written, target, fuel);
			}
			case VOLUME -> {
				if (density == null) {
					throw new InvalidCalculationException("density", "inventory.problem.densityMissing", written,
							fuel == null ? "" : fuel.name());
				}
				Figure kilograms = switch (unit.kind()) {
					case MASS -> convert(work, activity, unit, Units.kilogram());
					case ENERGY -> convert(work, toUnit(work, activity, unit, Units.gigagram(), density, written),
							Units.gigagram(), Units.kilogram());
					default -> throw unfit(written, target, fuel);
				};
				var cubicMetres = divide(kilograms.value(), density);
				work.step("volume", null, List.of(kilograms, new Figure(density, "kg/m³")),
						new Figure(cubicMetres.value(), Units.cubicMetre().symbol()), null, cubicMetres.rounded());
				return convert(work, new Figure(cubicMetres.value(), Units.cubicMetre().symbol()), Units.cubicMetre(),
						target);
			}
			default -> throw unfit(written, target, fuel);
		}
	}

	private static InvalidCalculationException unfit(String written, Known target, @Nullable Fuel fuel) {
		if (fuel != null) {
			return new InvalidCalculationException("unit", "inventory.problem.unitDoesNotFitFuel", written,
					fuel.name());
		}
		return new InvalidCalculationException("unit", "inventory.problem.unitDoesNotFitFactor", written,
				target.symbol());
	}

	private static ReferenceLibrary.Value ncv(@Nullable Fuel fuel, String written, Known target) {
		if (fuel == null) {
			throw new InvalidCalculationException("fuel", "inventory.problem.fuelNeededForConversion", written,
					target.symbol());
		}
		if (fuel.ncv() == null) {
			throw new InvalidCalculationException("unit", "inventory.problem.noNcv", fuel.name(), written);
		}
		return fuel.ncv();
	}

	private static Figure viaDensity(Work work, Figure activity, Known unit, @Nullable BigDecimal density) {
		if (density == null) {
			throw new InvalidCalculationException("density", "inventory.problem.densityMissing", activity.unit(),
					work.fuel == null ? "" : work.fuel.name());
		}
		var cubicMetres = convert(work, activity, unit, Units.cubicMetre());
		var kilograms = new Figure(cubicMetres.value().multiply(density), Units.kilogram().symbol());
		work.step("density", null, List.of(cubicMetres, new Figure(density, "kg/m³")), kilograms, null, false);
		return kilograms;
	}

	private static Figure convert(Work work, Figure figure, Known from, Known to) {
		if (from.symbol().equals(to.symbol())) {
			return figure;
		}
		var ratio = Units.ratio(from, to);
		var result = new Figure(ratio.apply(figure.value()), to.symbol());
		work.step("convert", null, List.of(figure), result, null, !ratio.terminating());
		return result;
	}

	private record Quotient(BigDecimal value, boolean rounded) {
	}

	private static Quotient divide(BigDecimal dividend, BigDecimal divisor) {
		try {
			return new Quotient(dividend.divide(divisor), false);
		}
		catch (ArithmeticException ex) {
			// The exact quotient does not terminate.
			return new Quotient(dividend.divide(divisor, MathContext.DECIMAL128), true);
		}
	}

	private LineResult finish(Work work) {
		var results = new ArrayList<LineResult.GasResult>(work.masses.size());
		var total = BigDecimal.ZERO;
		var biogenic = BigDecimal.ZERO;
		var co2eTerms = new ArrayList<Figure>();
		for (var entry : work.masses.entrySet()) {
			var gas = entry.getKey();
			var tonnes = entry.getValue();
			check(tonnes, gas);
			if ("CO2".equals(gas) && work.fuel != null && work.fuel.biomass()) {
				biogenic = biogenic.add(tonnes);
				work.step("biogenic", gas, List.of(new Figure(tonnes, "t")), new Figure(tonnes, "t"), null, false);
				results.add(new LineResult.GasResult(gas, tonnes, BigDecimal.ONE, tonnes, true));
				continue;
			}
			var biological = (work.fuel != null && work.fuel.biomass()) || work.row.biologicalMethane();
			var gwp = gwp(gas, work.set, biological);
			if (gwp == null) {
				throw new InvalidCalculationException("gases." + gas, "inventory.problem.noGwp", gas, work.set.label());
			}
			var co2e = tonnes.multiply(gwp.value());
			check(co2e, gas);
			work.step("gwp", gas, List.of(new Figure(tonnes, "t"), new Figure(gwp.value(), "GWP " + gwp.gas())),
					new Figure(co2e, "tCO2e"), gwp.source(), false);
			results.add(new LineResult.GasResult(gas, tonnes, gwp.value(), co2e, false));
			co2eTerms.add(new Figure(co2e, "tCO2e"));
			total = total.add(co2e);
		}
		check(total, "CO2e");
		work.step("total", null, co2eTerms, new Figure(total, "tCO2e"), null, false);
		// A line names a handful of sources: a list with contains is cheaper than a set.
		var sources = new ArrayList<String>(4);
		for (var step : work.steps) {
			if (step.source() != null && !sources.contains(step.source())) {
				sources.add(step.source());
			}
		}
		// The lists were built here and are handed over without copying.
		return new LineResult(work.row.ref(), work.row.scope(), work.set, work.energy, total, biogenic,
				Collections.unmodifiableList(results), Collections.unmodifiableList(work.steps),
				Collections.unmodifiableList(sources), work.warnings == null ? List.of() : List.copyOf(work.warnings));
	}

	/**
	 * Refuses numbers far outside anything an inventory holds (more than 24 digits before
	 * the point, or more than 40 after it) before they are multiplied.
	 */
	private static void sane(BigDecimal value, String field) {
		if (value.precision() - value.scale() > 24 || value.scale() > 40) {
			throw new InvalidCalculationException(field, "inventory.problem.tooLarge", field);
		}
	}

	private static void check(BigDecimal tonnes, String gas) {
		if (tonnes.abs().compareTo(LIMIT_TONNES) > 0) {
			throw new InvalidCalculationException("amount", "inventory.problem.tooLarge", gas);
		}
	}

	Optional<FactorUnit> factorUnit(String text) {
		return this.factorUnits.computeIfAbsent(text, EmissionCalculator::parseFactorUnit);
	}

	private static Optional<FactorUnit> parseFactorUnit(String text) {
		var slash = text.lastIndexOf('/');
		if (slash <= 0 || slash == text.length() - 1) {
			return Optional.empty();
		}
		var numerator = GAS_IN_UNIT.matcher(text.substring(0, slash)).replaceAll("");
		var mass = Units.find(numerator).filter((u) -> u.kind() == Units.Kind.MASS);
		var per = Units.find(text.substring(slash + 1));
		if (mass.isEmpty() || per.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new FactorUnit(mass.get(), per.get(), mass.get().symbol() + "/" + per.get().symbol()));
	}

	/** A factor's unit: a mass of gas per unit of activity. */
	record FactorUnit(Known mass, Known per, String text) {
	}

	/** The state of one calculation. */
	private static final class Work {

		final GpcRow row;

		final @Nullable Fuel fuel;

		final GwpSet set;

		final Map<String, BigDecimal> masses = new java.util.LinkedHashMap<>();

		final List<CalculationStep> steps = new ArrayList<>(16);

		/** Made only for the rare line that has a warning. */
		@Nullable LinkedHashSet<String> warnings;

		void warn(String key) {
			if (this.warnings == null) {
				this.warnings = new LinkedHashSet<>();
			}
			this.warnings.add(key);
		}

		@Nullable BigDecimal energy;

		Work(GpcRow row, @Nullable Fuel fuel, GwpSet set) {
			this.row = row;
			this.fuel = fuel;
			this.set = set;
		}

		void add(String gas, BigDecimal tonnes) {
			this.masses.merge(gas, tonnes, BigDecimal::add);
		}

		void step(String kind, @Nullable String gas, List<Figure> operands, Figure result, @Nullable String source,
				boolean rounded) {
			this.steps.add(new CalculationStep(kind, gas, operands, result, source, rounded));
		}

	}

}
