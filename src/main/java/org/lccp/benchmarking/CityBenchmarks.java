package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityView;
import org.lccp.shared.domain.ContentAbout;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Assembles a city's benchmark: its peers (found or from a saved group), each indicator
 * of the core system beside theirs, sector emissions per inhabitant, its index position
 * with the rank range, and what peers do better with their case studies and policies.
 */
@Component
class CityBenchmarks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Entries of other modules shown per better-performing peer. */
	static final int CONTENT_PER_PEER = 5;

	static final List<String> SECTOR_CODES = List.of("STATIONARY_ENERGY_PER_INHABITANT", "TRANSPORT_PER_INHABITANT",
			"WASTE_PER_INHABITANT");

	private final BenchmarkingManagement benchmarking;

	CityBenchmarks(BenchmarkingManagement benchmarking) {
		this.benchmarking = benchmarking;
	}

	/** One city's value (or its absence) of an indicator. */
	record Cell(CityView city, @Nullable IndicatorValue value, boolean own) {
	}

	/**
	 * An indicator across the comparison set.
	 *
	 * @param peerMedian median of the peers that have it
	 * @param better how many peers do better than the city (null when the city has no
	 * value or the indicator has no direction)
	 */
	record IndicatorRow(Indicator indicator, Cell own, List<Cell> peers, @Nullable BigDecimal peerMedian,
			@Nullable Integer better, int missing, String chart) {
	}

	/** A peer doing better on an indicator, with what it has published. */
	record BetterPeer(CityView city, List<String> indicators, List<ContentAbout.Entry> content) {
	}

	/** The city's index among all cities and within the comparison set. */
	record IndexPosition(CompositeIndex.@Nullable CityResult own, long rankedCities, int rankInSet, int setRanked,
			List<String> missing) {
	}

	record View(CityView city, IndicatorSystem system, BenchmarkingManagement.@Nullable PeersView peers,
			BenchmarkingManagement.@Nullable GroupView group, List<CityView> comparison, List<IndicatorRow> rows,
			List<IndicatorRow> sectors, List<IndicatorRow> selected, IndexPosition index, List<BetterPeer> better) {
	}

	View build(UUID cityId, Set<PeerFinder.Variable> variables, int k, @Nullable UUID groupId,
			List<String> chosenIndicators, Locale locale) {
		var system = this.benchmarking.coreSystem();
		var indicators = this.benchmarking.indicators(system.id());
		BenchmarkingManagement.PeersView peers = null;
		BenchmarkingManagement.GroupView group = null;
		var comparison = new ArrayList<CityView>();
		CityView city;
		if (groupId != null) {
			group = this.benchmarking.group(groupId);
			city = this.benchmarking.city(cityId);
			for (var m : group.members()) {
				if (!m.id().equals(cityId)) {
					comparison.add(m);
				}
			}
		}
		else {
			peers = this.benchmarking.peers(cityId, variables, k);
			city = peers.city();
			peers.peers().forEach((p) -> comparison.add(p.city()));
		}
		var ownValues = latest(this.benchmarking.cityValues(system.id(), cityId));
		var peerValues = new LinkedHashMap<UUID, Map<String, IndicatorValue>>();
		for (var c : comparison) {
			peerValues.put(c.id(), latest(this.benchmarking.cityValues(system.id(), c.id())));
		}
		var rows = new ArrayList<IndicatorRow>();
		for (var indicator : indicators) {
			rows.add(row(indicator, city, ownValues, comparison, peerValues, locale));
		}
		var sectors = rows.stream().filter((r) -> SECTOR_CODES.contains(r.indicator().code())).toList();
		var chosen = new LinkedHashSet<>(chosenIndicators);
		if (chosen.isEmpty()) {
			// Start with the first two indicators the city has a value for, else any two.
			rows.stream()
				.filter((r) -> r.own().value() != null)
				.limit(2)
				.forEach((r) -> chosen.add(r.indicator().code()));
			rows.stream().limit(2).forEach((r) -> {
				if (chosen.size() < 2) {
					chosen.add(r.indicator().code());
				}
			});
		}
		var selected = rows.stream().filter((r) -> chosen.contains(r.indicator().code())).toList();
		var index = this.benchmarking.index(system.id(), BenchmarkingManagement.IndexRequest.standard());
		var own = index.result().of(cityId);
		var setIds = new LinkedHashSet<UUID>();
		setIds.add(cityId);
		comparison.forEach((c) -> setIds.add(c.id()));
		var setResults = index.result()
			.cities()
			.stream()
			.filter((r) -> setIds.contains(r.cityId()) && r.ranked())
			.toList();
		var rankInSet = 0;
		for (int i = 0; i < setResults.size(); i++) {
			if (setResults.get(i).cityId().equals(cityId)) {
				rankInSet = i + 1;
			}
		}
		var missing = own == null ? List.<String>of()
				: own.missing().stream().map((code) -> nameOf(indicators, code, locale)).toList();
		var position = new IndexPosition(own, index.result().ranked(), rankInSet, setResults.size(), missing);
		return new View(city, system, peers, group, List.copyOf(comparison), List.copyOf(rows), sectors, selected,
				position, better(rows, comparison, locale));
	}

	private static String nameOf(List<Indicator> indicators, String code, Locale locale) {
		return indicators.stream()
			.filter((i) -> i.code().equals(code))
			.findFirst()
			.map((i) -> i.name(locale))
			.orElse(code);
	}

	private List<BetterPeer> better(List<IndicatorRow> rows, List<CityView> comparison, Locale locale) {
		var byPeer = new LinkedHashMap<UUID, List<String>>();
		for (var row : rows) {
			var indicator = row.indicator();
			var own = row.own().value();
			if (own == null || indicator.direction() == Direction.NEUTRAL) {
				continue;
			}
			for (var cell : row.peers()) {
				if (cell.value() != null && isBetter(indicator.direction(), cell.value().value(), own.value())) {
					byPeer.computeIfAbsent(cell.city().id(), (id) -> new ArrayList<>()).add(indicator.name(locale));
				}
			}
		}
		var out = new ArrayList<BetterPeer>();
		for (var c : comparison) {
			var names = byPeer.get(c.id());
			if (names == null) {
				continue;
			}
			var content = this.benchmarking.contentAbout(c.id(), locale)
				.stream()
				.filter((e) -> !e.path().startsWith("/cities/") && !e.path().startsWith("/inventories/"))
				.limit(CONTENT_PER_PEER)
				.toList();
			out.add(new BetterPeer(c, List.copyOf(names), content));
		}
		return out;
	}

	static boolean isBetter(Direction direction, BigDecimal peer, BigDecimal own) {
		return direction == Direction.HIGHER ? peer.compareTo(own) > 0 : peer.compareTo(own) < 0;
	}

	private static Map<String, IndicatorValue> latest(Map<String, List<IndicatorValue>> values) {
		var out = new HashMap<String, IndicatorValue>();
		values.forEach((code, list) -> {
			if (!list.isEmpty()) {
				out.put(code, list.get(list.size() - 1));
			}
		});
		return out;
	}

	private static IndicatorRow row(Indicator indicator, CityView city, Map<String, IndicatorValue> ownValues,
			List<CityView> comparison, Map<UUID, Map<String, IndicatorValue>> peerValues, Locale locale) {
		var own = new Cell(city, ownValues.get(indicator.code()), true);
		var cells = new ArrayList<Cell>();
		var present = new ArrayList<BigDecimal>();
		for (var c : comparison) {
			var v = peerValues.getOrDefault(c.id(), Map.of()).get(indicator.code());
			cells.add(new Cell(c, v, false));
			if (v != null) {
				present.add(v.value());
			}
		}
		BigDecimal median = null;
		if (!present.isEmpty()) {
			var sorted = present.stream().sorted().toList();
			median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
					: sorted.get(sorted.size() / 2 - 1)
						.add(sorted.get(sorted.size() / 2))
						.divide(BigDecimal.valueOf(2), CompositeIndex.MC);
		}
		Integer better = null;
		if (own.value() != null && indicator.direction() != Direction.NEUTRAL) {
			better = (int) present.stream()
				.filter((p) -> isBetter(indicator.direction(), p, own.value().value()))
				.count();
		}
		var points = new ArrayList<Map<String, Object>>();
		if (own.value() != null) {
			points.add(Map.of("name", city.name(locale), "value", own.value().value().doubleValue(), "own", true));
		}
		for (var cell : cells) {
			if (cell.value() != null) {
				points.add(Map.of("name", cell.city().name(locale), "value", cell.value().value().doubleValue(), "own",
						false));
			}
		}
		var chart = JSON
			.writeValueAsString(Map.of("name", indicator.name(locale), "unit", indicator.unit(), "points", points));
		return new IndicatorRow(indicator, own, List.copyOf(cells), median, better,
				(int) cells.stream().filter((c) -> c.value() == null).count(), chart);
	}

}
