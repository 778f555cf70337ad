package org.lccp.pathways;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One saved version of a city's business-as-usual scenario.
 *
 * @param baseInventoryId the published inventory its base year was taken from
 * @param baseTotal that inventory's BASIC total at the time of the save
 * @param populationGrowthPercent yearly population growth, per cent
 * @param gdpGrowthPercent yearly GDP growth, per cent
 * @param author e-mail of who saved it
 */
public record BauScenario(UUID id, UUID cityId, int versionNo, int baseYear, UUID baseInventoryId, BigDecimal baseTotal,
		BigDecimal populationGrowthPercent, BigDecimal gdpGrowthPercent, int endYear, @Nullable String note,
		List<SectorAssumption> sectors, String author, Instant createdAt) {

	/** The projection this version describes. */
	public BauProjection projection() {
		return BauProjection.of(this.baseYear, this.endYear, this.populationGrowthPercent, this.gdpGrowthPercent,
				this.sectors);
	}

	/** A version in the list of versions, without its sectors. */
	public record Version(int versionNo, int baseYear, int endYear, String author, Instant createdAt,
			@Nullable String note) {
	}

}
