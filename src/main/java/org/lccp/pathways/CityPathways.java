package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityView;

/**
 * Everything the pathways page, the panels and the API show about one city: its published
 * inventories (BASIC totals), the BAU scenario version shown with its projection, the
 * pathway of each of its targets, and its progress in the latest inventory year.
 *
 * @param latestVersion the newest saved scenario version (0 when none)
 * @param baseCorrected whether the base-year inventory was republished since the shown
 * scenario was saved (a new version takes the new figure)
 */
public record CityPathways(CityView city, List<InventoryYear> inventories, @Nullable BauScenario scenario,
		@Nullable BauProjection bau, int latestVersion, List<BauScenario.Version> versions,
		List<TargetPathway> pathways, @Nullable Progress progress, boolean editable, boolean baseCorrected) {

	/** A published inventory's BASIC total. */
	public record InventoryYear(UUID inventoryId, int year, BigDecimal basic, String gwpSet) {
	}

	/**
	 * The latest inventory against the BAU and each pathway.
	 *
	 * @param bau against the BAU, null when the BAU does not cover that year
	 */
	public record Progress(int year, BigDecimal actual, @Nullable Verdict bau, List<TargetProgress> targets) {
	}

	/**
	 * One pathway's verdict; null when the latest inventory is before the path starts or
	 * there is no path.
	 */
	public record TargetProgress(TargetPathway pathway, @Nullable Verdict verdict) {
	}

	/** The same figures limited to one target's pathway (its page). */
	CityPathways onlyTarget(UUID targetId) {
		var kept = this.pathways.stream().filter((p) -> p.targetId().equals(targetId)).toList();
		var progress = this.progress == null ? null : new Progress(this.progress.year(), this.progress.actual(),
				this.progress.bau(),
				this.progress.targets().stream().filter((p) -> p.pathway().targetId().equals(targetId)).toList());
		return new CityPathways(this.city, this.inventories, this.scenario, this.bau, this.latestVersion, this.versions,
				kept, progress, this.editable, this.baseCorrected);
	}

	/** The years the chart and its table cover: every inventory, BAU and pathway year. */
	public List<Integer> years() {
		var years = new TreeSet<Integer>();
		this.inventories.forEach((i) -> years.add(i.year()));
		if (this.bau != null) {
			years.addAll(this.bau.total().keySet());
		}
		this.pathways.forEach((p) -> years.addAll(p.values().keySet()));
		if (years.isEmpty()) {
			return List.of();
		}
		var all = new ArrayList<Integer>();
		for (int y = years.first(); y <= years.last(); y++) {
			all.add(y);
		}
		return all;
	}

	/** The published BASIC total of a year, or null. */
	public @Nullable BigDecimal inventoryAt(int year) {
		return this.inventories.stream()
			.filter((i) -> i.year() == year)
			.map(InventoryYear::basic)
			.findFirst()
			.orElse(null);
	}

	/** The published inventory of a year, or null. */
	public @Nullable UUID inventoryIdAt(int year) {
		return this.inventories.stream()
			.filter((i) -> i.year() == year)
			.map(InventoryYear::inventoryId)
			.findFirst()
			.orElse(null);
	}

	/** The BAU total of a year, or null. */
	public @Nullable BigDecimal bauAt(int year) {
		return this.bau == null ? null : this.bau.at(year);
	}

	/** A figure in whole tonnes, as pages show it. */
	public BigDecimal whole(BigDecimal value) {
		return Exact.tonnes(value);
	}

	/** Whether there is anything to draw. */
	public boolean hasFigures() {
		return !this.inventories.isEmpty() || this.bau != null
				|| this.pathways.stream().anyMatch(TargetPathway::available);
	}

}
