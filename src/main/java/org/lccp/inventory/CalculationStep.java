package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of a calculation, kept as data so that pages can show it in the reader's
 * language: operands multiplied give the result.
 *
 * @param kind what the step does: {@code convert}, {@code density}, {@code energy},
 * {@code emission}, {@code gwp}, {@code direct}, {@code biogenic}, {@code total}
 * @param gas the gas it concerns, if any
 * @param operands the figures multiplied (for {@code total}: added)
 * @param result the figure they give
 * @param source where the factor of the step comes from, if it uses one
 * @param rounded true when the exact quotient does not terminate and was rounded to 34
 * significant digits
 */
public record CalculationStep(String kind, @Nullable String gas, List<Figure> operands, Figure result,
		@Nullable String source, boolean rounded) {

	public CalculationStep {
		operands = List.copyOf(operands);
	}

	/** A number with its unit. */
	public record Figure(BigDecimal value, String unit) {

		@Override
		public String toString() {
			return this.value.toPlainString() + " " + this.unit;
		}

	}

}
