package org.lccp.cities;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

import javax.measure.Unit;
import javax.measure.UnitConverter;

import tech.units.indriya.function.RationalNumber;

/**
 * An exact amount in a unit of the registry: a city's population in thousand persons, its
 * area in km², a target level in MtCO2e. The amount is a {@link BigDecimal} as entered
 * (never a double); conversions go through Indriya's exact rational factors.
 *
 * @param value the amount, exact
 * @param unit its unit, one of the registry's
 */
public record Quantity(BigDecimal value, RegistryUnit unit) {

	/** Digits kept when a conversion's quotient does not terminate (tce into toe). */
	static final MathContext NON_TERMINATING = MathContext.DECIMAL128;

	public Quantity {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
	}

	public static Quantity of(BigDecimal value, RegistryUnit unit) {
		return new Quantity(value, unit);
	}

	/**
	 * An amount in a unit given by its code.
	 * @throws UnknownUnitException when the registry knows no unit of that code
	 */
	public static Quantity of(BigDecimal value, String unitCode) {
		return new Quantity(value, RegistryUnit.ofCode(unitCode).orElseThrow(() -> new UnknownUnitException(unitCode)));
	}

	/**
	 * The same amount in another unit of the same measure: exact whenever the decimal
	 * terminates (1.5 km² is 150 ha, 2 bn USD is 2000 M USD), otherwise to 34 significant
	 * digits.
	 * @throws IllegalArgumentException when the units measure different things or offer
	 * no conversion
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Quantity to(RegistryUnit target) {
		if (target == this.unit) {
			return this;
		}
		if (!this.unit.convertsTo(target)) {
			throw new IllegalArgumentException(this.unit.code() + " does not convert into " + target.code());
		}
		UnitConverter converter = ((Unit) this.unit.indriya()).getConverterTo((Unit) target.indriya());
		return new Quantity(decimal(converter.convert(BigDecimal.ONE)).multiply(this.value).stripTrailingZeros(),
				target)
			.plainScale();
	}

	/** The amount in {@code target}, or null when this unit does not convert into it. */
	public @org.jspecify.annotations.Nullable BigDecimal in(RegistryUnit target) {
		return this.unit.convertsTo(target) ? to(target).value() : null;
	}

	/** Equal amounts whatever the scale: 1.50 km² equals 1.5 km². */
	public boolean sameAs(Quantity other) {
		return this.unit == other.unit && this.value.compareTo(other.value) == 0;
	}

	@Override
	public String toString() {
		return this.value.stripTrailingZeros().toPlainString() + " " + this.unit.code();
	}

	private Quantity plainScale() {
		// stripTrailingZeros turns 2000 into 2E+3; keep a scale of at least zero so the
		// value prints and compares as users write it.
		return this.value.scale() < 0 ? new Quantity(this.value.setScale(0), this.unit) : this;
	}

	private static BigDecimal decimal(Number factor) {
		if (factor instanceof RationalNumber rational) {
			return divide(new BigDecimal(rational.getDividend()), new BigDecimal(rational.getDivisor()));
		}
		if (factor instanceof BigDecimal decimal) {
			return decimal;
		}
		if (factor instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (factor instanceof Integer || factor instanceof Long || factor instanceof Short) {
			return BigDecimal.valueOf(factor.longValue());
		}
		throw new IllegalStateException("Indriya gave an inexact conversion factor: " + factor.getClass());
	}

	private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		try {
			return dividend.divide(divisor);
		}
		catch (ArithmeticException nonTerminating) {
			return dividend.divide(divisor, NON_TERMINATING);
		}
	}

	/** A unit code the registry does not know. */
	public static class UnknownUnitException extends IllegalArgumentException {

		UnknownUnitException(String code) {
			super("unknown unit: " + code);
		}

	}

}
