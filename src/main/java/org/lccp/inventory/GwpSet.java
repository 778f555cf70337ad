package org.lccp.inventory;

import java.util.Locale;
import java.util.Optional;

/**
 * 100-year global warming potentials of an IPCC assessment report. The split sets apply
 * the fossil methane value to fossil sources and the non-fossil one to biomass, waste and
 * AFOLU sources (methane of biological origin).
 */
public enum GwpSet {

	SAR("SAR", false), AR4("AR4", false), AR5("AR5", false), AR6("AR6", false), AR5_SPLIT("AR5", true),
	AR6_SPLIT("AR6", true);

	private final String column;

	private final boolean split;

	GwpSet(String column, boolean split) {
		this.column = column;
		this.split = split;
	}

	/** Column of the reference table holding this set's values. */
	String column() {
		return this.column;
	}

	/** Whether methane takes the fossil or non-fossil value depending on its source. */
	public boolean split() {
		return this.split;
	}

	/** The name as written in requests and files: {@code AR5}, {@code AR6-split}. */
	public String label() {
		return this.split ? this.column + "-split" : this.column;
	}

	/** Reads {@code AR5}, {@code ar6-split} or {@code AR6_SPLIT}. */
	public static Optional<GwpSet> parse(String text) {
		var normalised = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (var set : values()) {
			if (set.name().equals(normalised)) {
				return Optional.of(set);
			}
		}
		return Optional.empty();
	}

}
