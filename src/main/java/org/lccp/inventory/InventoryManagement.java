package org.lccp.inventory;

import org.springframework.stereotype.Service;

/**
 * The inventory module's facade: the calculator and the inventory check anyone may use,
 * stored inventories with their workflow, and the published totals other modules read.
 */
@Service
public class InventoryManagement {

	private final EmissionCalculator calculator;

	private final InventoryFile files;

	InventoryManagement() {
		this.calculator = new EmissionCalculator(ReferenceLibrary.shipped());
		this.files = new InventoryFile(this.calculator);
	}

	/** The shipped reference library: GPC rows, fuels, gases and GWP sets. */
	public ReferenceLibrary library() {
		return this.calculator.library();
	}

	/**
	 * Calculates one line with the library's factors or its own.
	 * @throws InvalidCalculationException naming the field at fault
	 */
	public LineResult calculate(ActivityLine line, GwpSet set) {
		return this.calculator.calculate(line, set);
	}

	/** Checks a file in either layout; stores nothing. */
	InventoryFile.Checked check(byte[] content, GwpSet set) {
		return this.files.check(content, set);
	}

}
