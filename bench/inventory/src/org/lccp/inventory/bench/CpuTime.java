package org.lccp.inventory.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;

import org.lccp.inventory.ActivityLine;
import org.lccp.inventory.EmissionCalculator;
import org.lccp.inventory.GwpSet;
import org.lccp.inventory.LineResult;
import org.lccp.inventory.ReferenceLibrary;

/**
 * The JMH line of {@link EngineBenchmark#oneLine} timed by the thread's CPU time instead
 * of the wall clock: on a machine shared with other builds the wall clock counts the
 * time the thread waited for a core, the CPU time only the time it ran on one. Prints
 * lines per CPU-second for each of ten rounds of 2,000,000 lines after a warm-up of
 * 3,000,000, and the bytes allocated per line; then three rounds in which every line's
 * steps are also read, as when a line is stored or shown (the engine builds them on
 * demand).
 */
public final class CpuTime {

	static volatile Object sink;

	public static void main(String[] args) {
		var calculator = new EmissionCalculator(ReferenceLibrary.shipped());
		var line = ActivityLine.ofFuel("II.1.1", "Gas/Diesel Oil", new BigDecimal("500"), "t");
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		var id = Thread.currentThread().getId();
		run(calculator, line, 3_000_000, false);
		for (int round = 1; round <= 13; round++) {
			var withSteps = round > 10;
			var bytes = threads.getThreadAllocatedBytes(id);
			var cpu = threads.getCurrentThreadCpuTime();
			var wall = System.nanoTime();
			var n = 2_000_000;
			run(calculator, line, n, withSteps);
			cpu = threads.getCurrentThreadCpuTime() - cpu;
			wall = System.nanoTime() - wall;
			bytes = threads.getThreadAllocatedBytes(id) - bytes;
			System.out.printf("round %2d%s: %,.0f lines per CPU-second (%.3f µs CPU per line), %,.0f per wall-second, "
					+ "%,d bytes allocated per line%n", round, withSteps ? " (steps read)" : "", n / (cpu / 1e9),
					cpu / 1e3 / n, n / (wall / 1e9), bytes / n);
		}
	}

	static void run(EmissionCalculator calculator, ActivityLine line, int n, boolean withSteps) {
		LineResult last = null;
		long steps = 0;
		for (int i = 0; i < n; i++) {
			last = calculator.calculate(line, GwpSet.AR5);
			if (withSteps) {
				steps += last.steps().size() + last.sources().size();
			}
		}
		sink = last;
		stepCount = steps;
	}

	static volatile long stepCount;

}
