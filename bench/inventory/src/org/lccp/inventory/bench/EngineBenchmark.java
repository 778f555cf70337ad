package org.lccp.inventory.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.lccp.inventory.ActivityLine;
import org.lccp.inventory.EmissionCalculator;
import org.lccp.inventory.GwpSet;
import org.lccp.inventory.InventoryTotals;
import org.lccp.inventory.LineResult;
import org.lccp.inventory.ReferenceLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inventory engine on one thread: one activity line (activity × NCV × factor × GWP
 * with every step recorded), and one city-year of 200 mixed lines with its totals.
 */
@State(Scope.Thread)
public class EngineBenchmark {

	EmissionCalculator calculator;

	ActivityLine diesel;

	List<ActivityLine> cityYear;

	ReferenceLibrary library;

	@Setup
	public void setUp() {
		this.library = ReferenceLibrary.shipped();
		this.calculator = new EmissionCalculator(this.library);
		this.diesel = ActivityLine.ofFuel("II.1.1", "Gas/Diesel Oil", new BigDecimal("500"), "t");
		var templates = List.of(ActivityLine.ofFuel("I.1.1", "Natural Gas", new BigDecimal("1000"), "TJ"),
				ActivityLine.ofFuel("I.2.1", "Liquefied Petroleum Gases (LPG)", new BigDecimal("250.5"), "t"),
				ActivityLine.ofFuel("I.3.1", "Other Bituminous Coal", new BigDecimal("10000"), "t"),
				ActivityLine.ofFuel("II.1.1", "Motor Gasoline", new BigDecimal("3200.25"), "t"),
				ActivityLine.ofFuel("II.1.1", "Gas/Diesel Oil", new BigDecimal("500"), "t"),
				new ActivityLine("II.1.1", "Gas/Diesel Oil", new BigDecimal("120000"), "L", new BigDecimal("840"),
						Map.of(), Map.of()),
				ActivityLine.ofFuel("I.1.1", "Wood/Wood Waste", new BigDecimal("40"), "t"),
				new ActivityLine("I.1.2", null, new BigDecimal("1500000"), "MWh", null,
						Map.of("CO2", new ActivityLine.Factor(new BigDecimal("474.7"), "kg/MWh", "grid factor")),
						Map.of()),
				new ActivityLine("IV.2", null, null, null, null, Map.of(),
						Map.of("HFC-134a", new ActivityLine.GasAmount(new BigDecimal("100"), "kg", "survey"))),
				ActivityLine.ofFuel("I.4.4", "Other Bituminous Coal", new BigDecimal("10000"), "t"));
		this.cityYear = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			this.cityYear.add(templates.get(i % templates.size()));
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public LineResult oneLine() {
		return this.calculator.calculate(this.diesel, GwpSet.AR5);
	}

	/**
	 * The same line with its steps and sources read, as when a line is stored or shown:
	 * the engine builds them on demand, so this is the cost of a line that keeps them.
	 */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public int oneLineWithSteps() {
		var result = this.calculator.calculate(this.diesel, GwpSet.AR5);
		return result.steps().size() + result.sources().size();
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public InventoryTotals cityYearOf200Lines() {
		var contributions = new ArrayList<InventoryTotals.Contribution>(600);
		for (var line : this.cityYear) {
			var result = this.calculator.calculate(line, GwpSet.AR5);
			var row = this.library.row(result.gpcRef()).orElseThrow();
			for (var gas : result.gases()) {
				contributions.add(new InventoryTotals.Contribution(row, gas.gas(), gas.co2eTonnes(), gas.biogenic()));
			}
		}
		return InventoryTotals.of(contributions);
	}

}
