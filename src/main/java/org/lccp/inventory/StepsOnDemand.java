package org.lccp.inventory;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.jspecify.annotations.Nullable;

/**
 * The steps of a line that was calculated without recording them, built when first read
 * by calculating the line again with its steps. The calculation is free of state and the
 * line and the library are immutable, so the steps are those the first calculation would
 * have recorded, figure for figure; most lines (totals, checks, benchmarks) never read
 * them, and a stored line reads them once, when it is written.
 */
final class StepsOnDemand extends AbstractList<CalculationStep> implements RandomAccess {

	private final EmissionCalculator calculator;

	private final ActivityLine line;

	private final GwpSet set;

	/** Written once; a second thread may calculate the same immutable result again. */
	private volatile @Nullable LineResult recorded;

	StepsOnDemand(EmissionCalculator calculator, ActivityLine line, GwpSet set) {
		this.calculator = calculator;
		this.line = line;
		this.set = set;
	}

	LineResult recorded() {
		var result = this.recorded;
		if (result == null) {
			result = this.calculator.record(this.line, this.set);
			this.recorded = result;
		}
		return result;
	}

	@Override
	public CalculationStep get(int index) {
		return recorded().steps().get(index);
	}

	@Override
	public int size() {
		return recorded().steps().size();
	}

	/** The sources of the same steps, found when first read. */
	List<String> sources() {
		return new Sources(this);
	}

	private static final class Sources extends AbstractList<String> implements RandomAccess {

		private final StepsOnDemand steps;

		Sources(StepsOnDemand steps) {
			this.steps = steps;
		}

		@Override
		public String get(int index) {
			return this.steps.recorded().sources().get(index);
		}

		@Override
		public int size() {
			return this.steps.recorded().sources().size();
		}

	}

}
