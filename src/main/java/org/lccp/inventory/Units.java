package org.lccp.inventory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.UnitConverter;

import tech.units.indriya.function.RationalNumber;

/**
 * The units activity data and factors may be written in, each an Indriya (JSR 385) unit.
 * Conversions come from Indriya as exact rational numbers, so no conversion factor is
 * written by hand here; converters are cached because building one costs tens of
 * microseconds.
 */
final class Units {

	/** What a unit measures. */
	enum Kind {

		ENERGY, MASS, VOLUME, DISTANCE

	}

	/** A unit as users write it. */
	record Known(String symbol, Kind kind, Unit<?> unit, int index) {
	}

	private static final Map<String, Known> UNITS = new LinkedHashMap<>();

	private static final Map<String, Known> LOOKUP = new ConcurrentHashMap<>();

	/**
	 * Ratios by the units' indexes, filled on first use (a plain array read afterwards).
	 */
	private static final Ratio[][] RATIOS = new Ratio[64][64];

	static {
		var joule = tech.units.indriya.unit.Units.JOULE;
		var wattHour = tech.units.indriya.unit.Units.WATT.multiply(tech.units.indriya.unit.Units.HOUR);
		var gram = tech.units.indriya.unit.Units.GRAM;
		var metre = tech.units.indriya.unit.Units.METRE;
		add("J", Kind.ENERGY, joule);
		add("kJ", Kind.ENERGY, MetricPrefix.KILO(joule));
		add("MJ", Kind.ENERGY, MetricPrefix.MEGA(joule));
		add("GJ", Kind.ENERGY, MetricPrefix.GIGA(joule));
		add("TJ", Kind.ENERGY, MetricPrefix.TERA(joule));
		add("PJ", Kind.ENERGY, MetricPrefix.PETA(joule));
		add("Wh", Kind.ENERGY, wattHour);
		add("kWh", Kind.ENERGY,
				MetricPrefix.KILO(tech.units.indriya.unit.Units.WATT).multiply(tech.units.indriya.unit.Units.HOUR));
		add("MWh", Kind.ENERGY,
				MetricPrefix.MEGA(tech.units.indriya.unit.Units.WATT).multiply(tech.units.indriya.unit.Units.HOUR));
		add("GWh", Kind.ENERGY,
				MetricPrefix.GIGA(tech.units.indriya.unit.Units.WATT).multiply(tech.units.indriya.unit.Units.HOUR));
		add("TWh", Kind.ENERGY,
				MetricPrefix.TERA(tech.units.indriya.unit.Units.WATT).multiply(tech.units.indriya.unit.Units.HOUR));
		add("g", Kind.MASS, gram);
		add("kg", Kind.MASS, MetricPrefix.KILO(gram));
		// A tonne is a megagram, a kilotonne a gigagram: the SI prefixes say so exactly.
		add("t", Kind.MASS, MetricPrefix.MEGA(gram));
		add("kt", Kind.MASS, MetricPrefix.GIGA(gram));
		add("Gg", Kind.MASS, MetricPrefix.GIGA(gram));
		add("Mt", Kind.MASS, MetricPrefix.TERA(gram));
		add("L", Kind.VOLUME, tech.units.indriya.unit.Units.LITRE);
		add("kL", Kind.VOLUME, MetricPrefix.KILO(tech.units.indriya.unit.Units.LITRE));
		add("ML", Kind.VOLUME, MetricPrefix.MEGA(tech.units.indriya.unit.Units.LITRE));
		add("m³", Kind.VOLUME, tech.units.indriya.unit.Units.CUBIC_METRE);
		add("m", Kind.DISTANCE, metre);
		add("km", Kind.DISTANCE, MetricPrefix.KILO(metre));
		alias("TJ (NCV basis)", "TJ");
		alias("tonne", "t");
		alias("tonnes", "t");
		alias("Mg", "t");
		alias("l", "L");
		alias("litre", "L");
		alias("liter", "L");
		alias("kl", "kL");
		alias("m3", "m³");
		alias("m^3", "m³");
		// Normal cubic metres are volumes at reference conditions; their density must be
		// given at the same conditions.
		alias("Nm3", "m³");
		alias("Nm³", "m³");
		alias("kwh", "kWh");
		alias("mwh", "MWh");
		alias("gwh", "GWh");
		alias("KWH", "kWh");
		alias("MWH", "MWh");
		alias("GWH", "GWh");
		alias("tj", "TJ");
		alias("gj", "GJ");
		alias("KM", "km");
		alias("M3", "m³");
	}

	private Units() {
	}

	private static void add(String symbol, Kind kind, Unit<?> unit) {
		var known = new Known(symbol, kind, unit, UNITS.size());
		UNITS.put(symbol, known);
		LOOKUP.put(symbol, known);
	}

	private static void alias(String alias, String symbol) {
		LOOKUP.put(alias, UNITS.get(symbol));
	}

	/** Every unit by its symbol, in a stable order, for lists on pages and templates. */
	static List<Known> all() {
		return List.copyOf(UNITS.values());
	}

	static Optional<Known> find(String text) {
		var stripped = text.strip();
		var found = LOOKUP.get(stripped);
		if (found == null) {
			found = LOOKUP.get(stripped.replace(" ", ""));
		}
		return Optional.ofNullable(found);
	}

	static Known tonne() {
		return UNITS.get("t");
	}

	static Known gigagram() {
		return UNITS.get("Gg");
	}

	static Known kilogram() {
		return UNITS.get("kg");
	}

	static Known cubicMetre() {
		return UNITS.get("m³");
	}

	static Known terajoule() {
		return UNITS.get("TJ");
	}

	/** The exact ratio that turns an amount in {@code from} into one in {@code to}. */
	static Ratio ratio(Known from, Known to) {
		if (from.kind() != to.kind()) {
			throw new IllegalArgumentException(from.symbol() + " and " + to.symbol() + " measure different things");
		}
		var ratio = RATIOS[from.index()][to.index()];
		if (ratio == null) {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			UnitConverter converter = ((Unit) from.unit()).getConverterTo((Unit) to.unit());
			ratio = Ratio.of(converter.convert(BigDecimal.ONE));
			// A benign race: two threads may both compute the same immutable ratio.
			RATIOS[from.index()][to.index()] = ratio;
		}
		return ratio;
	}

	/**
	 * An exact rational number. Applying it gives an exact decimal when the quotient
	 * terminates, otherwise one rounded to 34 significant digits, and says which.
	 */
	record Ratio(BigInteger numerator, BigInteger denominator, boolean terminating, BigDecimal multiplier, int shift) {

		static final MathContext PRECISION = MathContext.DECIMAL128;

		static Ratio of(Number number) {
			if (number instanceof RationalNumber rational) {
				return of(rational.getDividend(), rational.getDivisor());
			}
			if (number instanceof BigDecimal decimal) {
				return decimal.scale() <= 0 ? of(decimal.toBigIntegerExact(), BigInteger.ONE)
						: of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
			}
			if (number instanceof BigInteger integer) {
				return of(integer, BigInteger.ONE);
			}
			if (number instanceof Integer || number instanceof Long || number instanceof Short) {
				return of(BigInteger.valueOf(number.longValue()), BigInteger.ONE);
			}
			throw new IllegalStateException("Indriya gave an inexact conversion: " + number.getClass());
		}

		static Ratio of(BigInteger numerator, BigInteger denominator) {
			var gcd = numerator.gcd(denominator);
			var n = numerator.divide(gcd);
			var d = denominator.divide(gcd);
			if (d.signum() < 0) {
				n = n.negate();
				d = d.negate();
			}
			var terminating = onlyTwosAndFives(d);
			// A terminating ratio n/d equals n·(10^k/d)/10^k for the smallest k with d |
			// 10^k:
			// applying it is then one multiplication and a move of the decimal point.
			var shift = 0;
			var multiplier = new BigDecimal(n);
			if (terminating) {
				var power = BigInteger.ONE;
				while (power.mod(d).signum() != 0) {
					power = power.multiply(BigInteger.TEN);
					shift++;
				}
				multiplier = new BigDecimal(n.multiply(power.divide(d)));
			}
			return new Ratio(n, d, terminating, multiplier, shift);
		}

		private static boolean onlyTwosAndFives(BigInteger value) {
			var rest = value;
			var two = BigInteger.TWO;
			var five = BigInteger.valueOf(5);
			while (rest.mod(two).signum() == 0) {
				rest = rest.divide(two);
			}
			while (rest.mod(five).signum() == 0) {
				rest = rest.divide(five);
			}
			return rest.equals(BigInteger.ONE);
		}

		boolean isOne() {
			return this.numerator.equals(this.denominator);
		}

		/** The value times this ratio. */
		BigDecimal apply(BigDecimal value) {
			if (isOne()) {
				return value;
			}
			if (this.terminating) {
				// No trailing zeros from the shift: 500 t is 0.5 Gg, not 0.500 Gg.
				var result = value.multiply(this.multiplier).movePointLeft(this.shift).stripTrailingZeros();
				return result.scale() < 0 ? result.setScale(0) : result;
			}
			return value.multiply(new BigDecimal(this.numerator)).divide(new BigDecimal(this.denominator), PRECISION);
		}

		Ratio inverse() {
			return of(this.denominator, this.numerator);
		}

		BigDecimal decimal() {
			return apply(BigDecimal.ONE);
		}

	}

}
