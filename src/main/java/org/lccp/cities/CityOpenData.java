package org.lccp.cities;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.lccp.shared.domain.OpenDataTables;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's public tables: countries, cities, city facts, targets and target
 * progress, first in the bulk download. Each is read in batches of {@value #BATCH} rows
 * (keyset paging, one short read-only transaction per batch) while it is written, so that
 * the download of 100,000 cities needs no more memory than one batch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CityOpenData implements OpenDataTables {

	static final int BATCH = 2000;

	static final List<String> CITY_HEADER = List.of("id", "country", "locode", "name_en", "name_zh", "name_ja",
			"name_ko", "name_ru", "name_mn", "name_native", "admin_level", "latitude", "longitude", "source");

	static final List<String> TARGET_HEADER = List.of("id", "city_id", "city", "country", "type", "neutrality_kind",
			"title", "base_year", "base_value", "target_year", "target_value", "reduction_percent",
			"reduction_percent_high", "unit", "gases", "sectors", "scopes", "conditional", "status", "superseded_by",
			"policy", "source_document", "source_page", "source_link", "annual_rate_percent", "annual_rate_formula",
			"value_description");

	private final Cities cities;

	private final CityFacts facts;

	private final Targets targets;

	private final Progress progress;

	private final CityDirectory management;

	private final TargetRegistry targetRegistry;

	private final TransactionTemplate readOnly;

	CityOpenData(Cities cities, CityFacts facts, Targets targets, Progress progress, CityDirectory management,
			TargetRegistry targetRegistry, PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.cities = cities;
		this.facts = facts;
		this.targets = targets;
		this.progress = progress;
		this.management = management;
		this.targetRegistry = targetRegistry;
	}

	static List<List<Object>> cityRows(List<CityView> list) {
		var rows = new ArrayList<List<Object>>();
		for (var c : list) {
			rows.add(row(c.id(), c.countryCode(), c.locode(), c.nameEn(), c.nameZh(), c.nameJa(), c.nameKo(),
					c.nameRu(), c.nameMn(), c.nameNative(), c.adminLevel(), c.latitude(), c.longitude(), c.source()));
		}
		return rows;
	}

	static List<List<Object>> targetRows(List<TargetView> list) {
		var rows = new ArrayList<List<Object>>();
		for (var t : list) {
			rows.add(row(t.id(), t.cityId(), t.cityName(), t.countryCode(), t.type(), t.neutralityKind(), t.title(),
					t.baseYear(), t.baseValue(), t.targetYear(), t.targetValue(), t.reductionPercent(),
					t.reductionPercentHigh(), t.unit(), t.gases(), t.sectors(), t.scopes(), t.conditional(), t.status(),
					t.supersededBy(), t.policy(), t.sourceDocument(), t.sourcePage(), t.sourceLink(),
					t.annualRatePercent(), t.annualRateFormula(), t.valueDescription()));
		}
		return rows;
	}

	@Override
	public String version() {
		return this.management.dataVersion();
	}

	@Override
	public List<Table> tables() {
		var countries = new Table("countries", List.of("code", "name_en", "name_native", "cities"),
				(sink) -> this.management.countries()
					.forEach((c) -> sink.accept(row(c.code(), c.nameEn(), c.nameNative(), c.cities()))));
		var cityTable = new Table("cities", CITY_HEADER, (sink) -> {
			UUID after = new UUID(0, 0);
			while (true) {
				var from = after;
				var batch = read(() -> this.cities.batchAfter(from, PageRequest.of(0, BATCH)));
				if (batch.isEmpty()) {
					return;
				}
				cityRows(batch.stream().map(City::view).toList()).forEach(sink);
				after = batch.get(batch.size() - 1).getId();
			}
		});
		var factTable = new Table("city_facts", List.of("city_id", "kind", "year", "value", "unit", "source"),
				(sink) -> {
					long after = Long.MIN_VALUE;
					while (true) {
						var from = after;
						var batch = read(() -> this.facts.batchAfter(from, PageRequest.of(0, BATCH)));
						if (batch.isEmpty()) {
							return;
						}
						for (var f : batch) {
							var v = f.view();
							sink.accept(row(f.getCityId(), v.kind(), v.year(), v.value(), v.unit().code(), v.source()));
						}
						after = batch.get(batch.size() - 1).getId();
					}
				});
		var targetTable = new Table("targets", TARGET_HEADER, (sink) -> {
			UUID after = new UUID(0, 0);
			while (true) {
				var from = after;
				var batch = read(() -> {
					var list = this.targets.batchAfter(from, PageRequest.of(0, BATCH));
					return list.isEmpty() ? List.<TargetView>of() : this.targetRegistry.viewsOf(list);
				});
				if (batch.isEmpty()) {
					return;
				}
				targetRows(batch).forEach(sink);
				after = batch.get(batch.size() - 1).id();
			}
		});
		var progressTable = new Table("target_progress",
				List.of("target_id", "year", "value", "share_achieved", "note"), (sink) -> {
					long after = Long.MIN_VALUE;
					while (true) {
						var from = after;
						var batch = read(() -> this.progress.batchAfter(from, PageRequest.of(0, BATCH)));
						if (batch.isEmpty()) {
							return;
						}
						for (var p : batch) {
							var v = p.view();
							sink.accept(row(p.getTargetId(), v.year(), v.value(), v.shareAchieved(), v.note()));
						}
						after = batch.get(batch.size() - 1).getId();
					}
				});
		return List.of(countries, cityTable, factTable, targetTable, progressTable);
	}

	private <T> T read(Supplier<T> work) {
		return this.readOnly.execute((status) -> work.get());
	}

	private static List<Object> row(Object... values) {
		var list = new ArrayList<Object>(values.length);
		for (var v : values) {
			list.add(v instanceof Enum<?> e ? e.name() : v);
		}
		return list;
	}

}
