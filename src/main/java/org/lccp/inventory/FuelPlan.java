package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lccp.inventory.ReferenceLibrary.Fuel;
import org.lccp.inventory.Units.Known;

/**
 * A fuel burned in one GPC row with the library's factors (the common line), prepared
 * once so that a line is a few multiplications of whole numbers and allocates little more
 * than its results.
 *
 * <p>
 * The recorded calculation takes the activity to gigagrams (or terajoules), multiplies by
 * the net calorific value and each gas's factor in kg/TJ, and turns kilograms into
 * tonnes, stripping trailing zeros after each unit conversion. All of these are exact, so
 * the tonnes of a gas are the activity times one exact decimal per unit and gas (ratio ×
 * NCV × factor ÷ 1000), prepared here, and their written form (digits and scale) follows
 * from the value alone; the energy is the converted activity times the NCV, scale for
 * scale. Every figure this gives is therefore equal, as {@link BigDecimal#equals}, to the
 * one the recorded calculation gives ({@code FuelPlanTest} compares them over every fuel,
 * row, unit and GWP set). Anything outside the plan (a density, own factors, gases given
 * directly, a figure beyond 18 digits, a line the engine refuses) is left to the recorded
 * calculation, which also gives the refusal.
 */
final class FuelPlan {

	private static final long[] POWERS = new long[19];

	static {
		POWERS[0] = 1;
		for (int i = 1; i < POWERS.length; i++) {
			POWERS[i] = POWERS[i - 1] * 10;
		}
	}

	private static final int GASES = 3;

	private final Fuel fuel;

	private final GpcRow row;

	/** The library's factors of CO2, CH4 and N2O in kg/TJ. */
	private final BigDecimal[] factors;

	/**
	 * The GWP of each gas per set ({@code set.ordinal() * 3 + gas}) as the calculator
	 * applies it, with its digits and scale; null where the set has none.
	 */
	private final @Nullable BigDecimal[] gwps;

	private final long[] gwpDigits;

	private final int[] gwpScales;

	/** Per unit of activity ({@link Known#index()}), made on first use. */
	private final @Nullable PerUnit[] units = new PerUnit[64];

	private FuelPlan(Fuel fuel, GpcRow row, BigDecimal[] factors, @Nullable BigDecimal[] gwps) {
		this.fuel = fuel;
		this.row = row;
		this.factors = factors;
		this.gwps = gwps;
		this.gwpDigits = new long[gwps.length];
		this.gwpScales = new int[gwps.length];
		for (int i = 0; i < gwps.length; i++) {
			var gwp = gwps[i];
			if (gwp != null && gwp.scale() >= 0 && gwp.precision() <= 18) {
				this.gwpDigits[i] = digits(gwp);
				this.gwpScales[i] = gwp.scale();
			}
			else {
				// Outside what a long holds: lines of this set take the recorded
				// calculation.
				this.gwps[i] = null;
			}
		}
	}

	/**
	 * The plan of a fuel in a row, or null when a default factor is missing or not in
	 * kg/TJ (such lines take the recorded calculation, which says what is missing).
	 * @param values the defaults of CO2, CH4 and N2O for the row
	 * @param gwps the GWP of each of the three gases per set ({@code set.ordinal() * 3 +
	 * gas}), as the calculator applies it to this fuel and row
	 */
	static @Nullable FuelPlan of(Fuel fuel, GpcRow row, ReferenceLibrary.@Nullable Value[] values,
			@Nullable BigDecimal[] gwps) {
		if (values.length != GASES) {
			return null;
		}
		var factors = new BigDecimal[GASES];
		for (int g = 0; g < GASES; g++) {
			var value = values[g];
			if (value == null || !"kg/TJ".equals(value.unit()) || value.value().signum() < 0) {
				return null;
			}
			factors[g] = value.value();
		}
		return new FuelPlan(fuel, row, factors, gwps.clone());
	}

	/**
	 * The result of a line of this plan's fuel and row, or null when the line is not one
	 * this plan computes (the caller then calculates it with its steps).
	 */
	@Nullable LineResult calculate(EmissionCalculator calculator, ActivityLine line, BigDecimal amount, Known unit, GwpSet set) {
		if (amount.signum() < 0 || amount.scale() < 0 || amount.scale() > 40 || amount.precision() > 18) {
			return null;
		}
		var plan = perUnit(unit);
		if (plan == null) {
			return null;
		}
		try {
			var scale = amount.scale();
			var digits = scale == 0 ? amount.longValue() : amount.movePointRight(scale).longValue();
			BigDecimal energy;
			if (plan.ncvDigits < 0) {
				energy = plan.keep ? amount : exact(Math.multiplyExact(digits, plan.ratioDigits), scale + plan.shift);
			}
			else {
				long gg;
				int ggScale;
				if (plan.keep) {
					gg = digits;
					ggScale = scale;
				}
				else {
					gg = Math.multiplyExact(digits, plan.ratioDigits);
					ggScale = scale + plan.shift;
					var zeros = trailingZeros(gg, ggScale);
					gg = strip(gg, zeros);
					ggScale -= zeros;
				}
				energy = BigDecimal.valueOf(Math.multiplyExact(gg, plan.ncvDigits), ggScale + plan.ncvScale);
			}
			var gases = Fuel.combustionGases();
			var biogenic = BigDecimal.ZERO;
			LineResult.GasResult co2 = null;
			LineResult.GasResult ch4 = null;
			LineResult.GasResult n2o = null;
			// The sum of the CO2e at the largest scale of its terms, as BigDecimal.add
			// gives
			// it.
			long total = 0;
			int totalScale = 0;
			for (int g = 0; g < GASES; g++) {
				var tonnesDigits = Math.multiplyExact(digits, plan.perGasDigits[g]);
				var tonnesScale = scale + plan.perGasScale[g];
				var zeros = trailingZeros(tonnesDigits, tonnesScale);
				tonnesDigits = strip(tonnesDigits, zeros);
				tonnesScale -= zeros;
				var tonnes = BigDecimal.valueOf(tonnesDigits, tonnesScale);
				if (tooLarge(tonnes)) {
					return null;
				}
				LineResult.GasResult result;
				if (g == 0 && this.fuel.biomass()) {
					biogenic = tonnes;
					result = new LineResult.GasResult(gases.get(g), tonnes, BigDecimal.ONE, tonnes, true);
				}
				else {
					var i = set.ordinal() * GASES + g;
					var gwp = this.gwps[i];
					if (gwp == null) {
						return null;
					}
					var co2eDigits = Math.multiplyExact(tonnesDigits, this.gwpDigits[i]);
					var co2eScale = tonnesScale + this.gwpScales[i];
					// A GWP of exactly 1 gives the tonnes themselves, digit and scale.
					var co2e = BigDecimal.ONE.equals(gwp) ? tonnes : BigDecimal.valueOf(co2eDigits, co2eScale);
					if (tooLarge(co2e)) {
						return null;
					}
					result = new LineResult.GasResult(gases.get(g), tonnes, gwp, co2e, false);
					if (co2eScale > totalScale) {
						total = Math.multiplyExact(total, power(co2eScale - totalScale));
						totalScale = co2eScale;
					}
					else {
						co2eDigits = Math.multiplyExact(co2eDigits, power(totalScale - co2eScale));
					}
					total = Math.addExact(total, co2eDigits);
				}
				switch (g) {
					case 0 -> co2 = result;
					case 1 -> ch4 = result;
					default -> n2o = result;
				}
			}
			var sum = BigDecimal.valueOf(total, totalScale);
			if (tooLarge(sum) || co2 == null || ch4 == null || n2o == null) {
				return null;
			}
			var steps = new StepsOnDemand(calculator, line, set);
			return new LineResult(this.row.ref(), this.row.scope(), set, energy, sum, biogenic, List.of(co2, ch4, n2o),
					steps, steps.sources(), List.of());
		}
		catch (ArithmeticException ex) {
			// A figure beyond a long: the recorded calculation takes it.
			return null;
		}
	}

	private @Nullable PerUnit perUnit(Known unit) {
		var plan = this.units[unit.index()];
		if (plan == null) {
			plan = PerUnit.of(this, unit);
			// A benign race: two threads may both make the same immutable plan.
			this.units[unit.index()] = plan;
		}
		return plan == PerUnit.NONE ? null : plan;
	}

	/**
	 * What a line in one unit needs: the ratio to gigagrams (mass) or terajoules
	 * (energy), the NCV for mass, and the tonnes of each gas per unit of activity, all as
	 * digits and scale.
	 */
	private static final class PerUnit {

		static final PerUnit NONE = new PerUnit(false, 0, 0, -1, 0, new long[0], new int[0]);

		/**
		 * The activity is already in the unit of the next step (no conversion, no strip).
		 */
		final boolean keep;

		final long ratioDigits;

		final int shift;

		/** The NCV's digits, or -1 for an activity in energy. */
		final long ncvDigits;

		final int ncvScale;

		final long[] perGasDigits;

		final int[] perGasScale;

		PerUnit(boolean keep, long ratioDigits, int shift, long ncvDigits, int ncvScale, long[] perGasDigits,
				int[] perGasScale) {
			this.keep = keep;
			this.ratioDigits = ratioDigits;
			this.shift = shift;
			this.ncvDigits = ncvDigits;
			this.ncvScale = ncvScale;
			this.perGasDigits = perGasDigits;
			this.perGasScale = perGasScale;
		}

		static PerUnit of(FuelPlan plan, Known unit) {
			Known target;
			BigDecimal ncv = null;
			switch (unit.kind()) {
				case ENERGY -> target = Units.terajoule();
				case MASS -> {
					if (plan.fuel.ncv() == null || !"TJ/Gg".equals(plan.fuel.ncv().unit())) {
						return NONE;
					}
					target = Units.gigagram();
					ncv = plan.fuel.ncv().value();
				}
				default -> {
					return NONE;
				}
			}
			var ratio = Units.ratio(unit, target);
			var toTonnes = Units.ratio(Units.kilogram(), Units.tonne());
			if (!ratio.terminating() || !toTonnes.terminating() || (ncv != null && ncv.signum() < 0)) {
				return NONE;
			}
			// As the recorded calculation: no conversion between one unit and itself, and
			// a ratio of one leaves the figure as written.
			var keep = unit.symbol().equals(target.symbol()) || ratio.isOne();
			var exactRatio = ratio.multiplier().movePointLeft(ratio.shift());
			var perGasDigits = new long[GASES];
			var perGasScale = new int[GASES];
			try {
				for (int g = 0; g < GASES; g++) {
					var perUnit = exactRatio.multiply(plan.factors[g]);
					if (ncv != null) {
						perUnit = perUnit.multiply(ncv);
					}
					perUnit = canonical(perUnit.multiply(toTonnes.multiplier())
						.movePointLeft(toTonnes.shift())
						.stripTrailingZeros());
					perGasDigits[g] = perUnit.unscaledValue().longValueExact();
					perGasScale[g] = perUnit.scale();
				}
				return new PerUnit(keep, ratio.multiplier().longValueExact(), ratio.shift(),
						ncv == null ? -1 : digits(ncv), ncv == null ? 0 : ncv.scale(), perGasDigits, perGasScale);
			}
			catch (ArithmeticException ex) {
				return NONE;
			}
		}

	}

	/**
	 * A figure with no trailing zeros after the point (the form every conversion gives).
	 */
	private static BigDecimal exact(long digits, int scale) {
		var zeros = trailingZeros(digits, scale);
		return BigDecimal.valueOf(strip(digits, zeros), scale - zeros);
	}

	/**
	 * The digits without their trailing zeros; a long has at most 18, zero may be at any
	 * scale.
	 */
	private static long strip(long digits, int zeros) {
		return digits == 0 ? 0 : digits / POWERS[zeros];
	}

	/** How many trailing zeros stripping takes off, never below scale 0. */
	private static int trailingZeros(long digits, int scale) {
		if (digits == 0) {
			return scale;
		}
		var zeros = 0;
		while (zeros < scale && digits % 10 == 0) {
			digits /= 10;
			zeros++;
		}
		return zeros;
	}

	private static BigDecimal canonical(BigDecimal stripped) {
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static long digits(BigDecimal value) {
		if (value.scale() < 0) {
			throw new ArithmeticException("negative scale");
		}
		return value.scale() == 0 ? value.longValueExact() : value.movePointRight(value.scale()).longValueExact();
	}

	private static long power(int exponent) {
		if (exponent >= POWERS.length) {
			throw new ArithmeticException("10^" + exponent + " beyond a long");
		}
		return POWERS[exponent];
	}

	private static boolean tooLarge(BigDecimal tonnes) {
		return tonnes.abs().compareTo(EmissionCalculator.LIMIT_TONNES) > 0;
	}

}
