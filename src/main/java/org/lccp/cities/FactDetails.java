package org.lccp.cities;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One value of a city's time series as entered in the form.
 *
 * @param kind which series
 * @param year year the value describes
 * @param value the value, positive
 * @param unit its unit, one of the kind's units (null only in a form read with an unknown
 * unit, which the rules refuse)
 * @param source where the value comes from
 */
public record FactDetails(@NotNull FactKind kind, @NotNull @Min(1800) @Max(2100) Integer year,
		@NotNull @Positive @Digits(integer = 16, fraction = 4, message = "{validation.digits.fact}") BigDecimal value,
		@NotNull RegistryUnit unit, @NotBlank @Size(max = 1000) String source) {

	static FactDetails blank() {
		return new FactDetails(FactKind.POPULATION, null, null, RegistryUnit.PERSONS, "");
	}

	/** The value with its unit. */
	public Quantity quantity() {
		return Quantity.of(this.value, this.unit);
	}

	/** The value as the history shows it. */
	String describe() {
		return this.kind + " " + this.year + " = " + plain(this.value) + " " + this.unit + " (" + this.source + ")";
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
