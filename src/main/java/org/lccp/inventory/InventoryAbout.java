package org.lccp.inventory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.domain.ContentAbout;
import org.lccp.shared.domain.OpenDataTables;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Offers a city's latest published totals to its profile, and the published inventories
 * to the bulk download.
 */
@Component
class InventoryAbout implements ContentAbout, OpenDataTables {

	private final InventoryManagement inventories;

	private final MessageSource messages;

	InventoryAbout(InventoryManagement inventories, MessageSource messages) {
		this.inventories = inventories;
		this.messages = messages;
	}

	@Override
	public List<Entry> about(Subject subject, UUID id, Locale reader) {
		if (subject != Subject.CITY) {
			return List.of();
		}
		return this.inventories.latestPublishedTotals(id)
			.map((t) -> List.of(new Entry("inventory.about.section", "inventory.about.kind",
					this.messages.getMessage("inventory.about.title",
							new Object[] { Integer.toString(t.year()), Texts.figure(t.basic(), reader),
									Texts.figure(t.basicPlus(), reader), Texts.figure(t.territorial(), reader),
									t.gwpSet().label() },
							reader),
					"/inventories/" + t.inventoryId(), reader.getLanguage())))
			.orElse(List.of());
	}

	@Override
	public List<Table> tables() {
		return List.of(new Table("inventories",
				List.of("id", "city_id", "country", "year", "version_no", "gwp_set", "basic_tco2e", "basic_plus_tco2e",
						"territorial_tco2e", "other_scope3_tco2e", "biogenic_co2_t", "population", "gdp", "gdp_unit",
						"source", "published_at"),
				(sink) -> {
					var page = 0;
					while (true) {
						var found = this.inventories.search(null, null, null, InventoryStatus.PUBLISHED, page++, 500);
						for (var h : found) {
							if (h.fictitious()) {
								// The training inventory is no data about a real city.
								continue;
							}
							sink.accept(List.of(h.id().toString(), h.cityId().toString(), h.countryCode(), h.year(),
									h.versionNo(), h.gwpSet().label(), h.basic(), h.basicPlus(), h.territorial(),
									h.otherScope3(), h.biogenicCo2(), nullToEmpty(h.population()), nullToEmpty(h.gdp()),
									nullToEmpty(h.gdpUnit()), h.source(),
									h.publishedAt() == null ? "" : h.publishedAt().toString()));
						}
						if (found.size() < 500) {
							break;
						}
					}
				}));
	}

	private static Object nullToEmpty(Object value) {
		return value == null ? "" : value;
	}

}
