package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory.YearValue;
import org.lccp.cities.Quantity;
import org.lccp.cities.RegistryUnit;
import org.lccp.cities.TargetView;
import org.lccp.inventory.PublishedTotals;
import org.lccp.pathways.CityPathways;

/**
 * The figures the platform works out from its own data: published inventories, the
 * cities' population, area and GDP series, and their targets. Each value says the inputs
 * it came from. Division is the only inexact step (16 significant digits); a year whose
 * inputs are missing or zero gives no value (shown as missing), never a guessed or zero
 * one. Energy intensity and the renewable share need energy totals the platform does not
 * hold: a system can carry them as reported indicators.
 */
enum Computation {

	/** BASIC total ÷ inhabitants of the inventory year (t CO2e per inhabitant). */
	BASIC_PER_INHABITANT {
		@Override
		List<Computed> compute(Inputs in) {
			var out = new ArrayList<Computed>();
			for (var t : in.published()) {
				var population = in.population(t);
				if (population == null) {
					continue;
				}
				out.add(new Computed(t.year(), divide(t.basic(), population.value()),
						InputTrace.of("inventoryBasic", t.inventoryId(), t.year(), InputTrace.num(t.basic()))
							.then(InputTrace.DIVIDE)
							.then(population.from())
							.stored()));
			}
			return out;
		}
	},

	/**
	 * BASIC total ÷ GDP in million US dollars; GDP kept in other currencies is not
	 * converted.
	 */
	BASIC_PER_GDP_USD {
		@Override
		List<Computed> compute(Inputs in) {
			var out = new ArrayList<Computed>();
			for (var t : in.published()) {
				var gdp = in.gdpMillionUsd(t.year(), t);
				if (gdp == null) {
					continue;
				}
				out.add(new Computed(t.year(), divide(t.basic(), gdp.value()),
						InputTrace.of("inventoryBasic", t.inventoryId(), t.year(), InputTrace.num(t.basic()))
							.then(InputTrace.DIVIDE)
							.then(gdp.from())
							.stored()));
			}
			return out;
		}
	},

	/**
	 * (BASIC of the year − BASIC of the earliest published year) ÷ BASIC of the earliest
	 * ÷ years between × 100 (% a year, linear).
	 */
	BASIC_ANNUAL_CHANGE {
		@Override
		List<Computed> compute(Inputs in) {
			var out = new ArrayList<Computed>();
			if (in.published().size() < 2) {
				return out;
			}
			var first = in.published().get(0);
			if (first.basic().signum() == 0) {
				return out;
			}
			for (var t : in.published().subList(1, in.published().size())) {
				var years = BigDecimal.valueOf(t.year() - first.year());
				var change = t.basic().subtract(first.basic()).movePointRight(2);
				out.add(new Computed(t.year(), divide(change, first.basic().multiply(years)),
						InputTrace
							.of("annualChange", first.inventoryId(), first.year(), InputTrace.num(first.basic()),
									t.inventoryId(), t.year(), InputTrace.num(t.basic()), years)
							.stored()));
			}
			return out;
		}
	},

	/**
	 * The latest inventory against the emission pathway of the city's next target (the
	 * earliest target year not before the inventory, else the latest target, which holds
	 * once its year has passed): how far above (positive) or below (negative) the path
	 * the city is, in per cent of what the path allows. The pathway is the one the city's
	 * pathways page shows.
	 */
	PATHWAY_GAP {
		@Override
		List<Computed> compute(Inputs in) {
			var progress = in.progress();
			if (progress == null) {
				return List.of();
			}
			var year = progress.year();
			var judged = progress.targets()
				.stream()
				.filter((t) -> t.verdict() != null && t.verdict().gapPercent() != null
						&& t.pathway().targetYear() != null)
				.sorted(java.util.Comparator
					.comparingInt((CityPathways.TargetProgress t) -> t.pathway().targetYear() >= year
							? t.pathway().targetYear() - year : 10_000 + year - t.pathway().targetYear())
					.thenComparing((t) -> t.pathway().targetId().toString()))
				.findFirst();
			if (judged.isEmpty()) {
				return List.of();
			}
			var t = judged.get();
			var v = t.verdict();
			return List.of(new Computed(year, v.gapPercent(),
					InputTrace
						.of("pathwayGap", InputTrace.num(v.actual()), year, InputTrace.num(v.expected()),
								t.pathway().title(), t.pathway().targetYear(), t.pathway().formula())
						.stored()));
		}
	},

	/** Stationary energy (GPC sector I) in the BASIC total, per cent. */
	SHARE_STATIONARY_ENERGY {
		@Override
		List<Computed> compute(Inputs in) {
			return share(in, "I");
		}
	},

	/** Transportation (GPC sector II) in the BASIC total, per cent. */
	SHARE_TRANSPORT {
		@Override
		List<Computed> compute(Inputs in) {
			return share(in, "II");
		}
	},

	/** Waste (GPC sector III) in the BASIC total, per cent. */
	SHARE_WASTE {
		@Override
		List<Computed> compute(Inputs in) {
			return share(in, "III");
		}
	},

	/** Stationary energy's BASIC emissions per inhabitant. */
	STATIONARY_ENERGY_PER_INHABITANT {
		@Override
		List<Computed> compute(Inputs in) {
			return sectorPerInhabitant(in, "I");
		}
	},

	/** Transportation's BASIC emissions per inhabitant. */
	TRANSPORT_PER_INHABITANT {
		@Override
		List<Computed> compute(Inputs in) {
			return sectorPerInhabitant(in, "II");
		}
	},

	/** Waste's BASIC emissions per inhabitant. */
	WASTE_PER_INHABITANT {
		@Override
		List<Computed> compute(Inputs in) {
			return sectorPerInhabitant(in, "III");
		}
	},

	/** Inhabitants, from the city's population series (in persons). */
	POPULATION {
		@Override
		List<Computed> compute(Inputs in) {
			var out = new ArrayList<Computed>();
			in.population().forEach((year, v) -> {
				var persons = persons(v);
				if (persons != null) {
					out.add(new Computed(year, persons,
							InputTrace
								.of("populationUnit", InputTrace.num(v.value()), InputTrace.unit(v.unit().code()), year,
										v.source())
								.stored()));
				}
			});
			return out;
		}
	},

	/**
	 * Inhabitants ÷ land area (persons per km²), area of that year or the nearest earlier
	 * one.
	 */
	POPULATION_DENSITY {
		@Override
		List<Computed> compute(Inputs in) {
			var out = new ArrayList<Computed>();
			in.population().forEach((year, v) -> {
				var persons = persons(v);
				var area = nearestEarlier(in.area(), year);
				if (persons == null || area == null) {
					return;
				}
				var km2 = area.getValue().quantity().in(RegistryUnit.SQUARE_KILOMETRE);
				if (km2 == null || km2.signum() <= 0) {
					return;
				}
				out.add(new Computed(year, divide(persons, km2), InputTrace
					.of("populationSeries", InputTrace.num(persons), year, v.source())
					.then(InputTrace.DIVIDE)
					.then("area", InputTrace.num(area.getValue().value()),
							InputTrace.unit(area.getValue().unit().code()), area.getKey(), area.getValue().source())
					.stored()));
			});
			return out;
		}
	},

	/**
	 * GDP per inhabitant in US dollars: the city's GDP-per-inhabitant series where kept
	 * in USD, otherwise its GDP in USD ÷ inhabitants of the same year.
	 */
	GDP_PER_CAPITA_USD {
		@Override
		List<Computed> compute(Inputs in) {
			var out = new TreeMap<Integer, Computed>();
			in.gdpPerCapita().forEach((year, v) -> {
				if (v.unit() == RegistryUnit.USD && v.value().signum() > 0) {
					out.put(year, new Computed(year, v.value(),
							InputTrace.of("gdpPerInhabitant", InputTrace.num(v.value()), year, v.source()).stored()));
				}
			});
			in.gdp().forEach((year, v) -> {
				if (out.containsKey(year)) {
					return;
				}
				var millions = millionUsd(v);
				var population = in.population().get(year);
				var persons = population == null ? null : persons(population);
				if (millions == null || persons == null || persons.signum() <= 0) {
					return;
				}
				out.put(year, new Computed(year, divide(millions.movePointRight(6), persons), InputTrace
					.of("gdpSeries", InputTrace.num(v.value()), InputTrace.unit(v.unit().code()), year, v.source())
					.then(InputTrace.DIVIDE)
					.then("inhabitants", InputTrace.num(persons), population.source())
					.stored()));
			});
			return List.copyOf(out.values());
		}
	},

	/**
	 * The implied average annual reduction rate (% a year) of each of the city's targets
	 * that has one, kept under the target year; where two targets share a year, the
	 * higher rate.
	 */
	TARGET_ANNUAL_RATE {
		@Override
		List<Computed> compute(Inputs in) {
			var out = new TreeMap<Integer, Computed>();
			for (var t : in.targets()) {
				if (t.annualRatePercent() == null || t.targetYear() == null) {
					continue;
				}
				var rate = t.annualRatePercent();
				var existing = out.get(t.targetYear());
				if (existing == null || existing.value().compareTo(rate) < 0) {
					out.put(t.targetYear(),
							new Computed(t.targetYear(), rate,
									InputTrace
										.of("target", t.id(), t.title(), String.valueOf(t.annualRateFormula()),
												t.sourceDocument())
										.stored()));
				}
			}
			return List.copyOf(out.values());
		}
	};

	/** Everything a computation may read about one city. */
	record Inputs(List<PublishedTotals> published, Map<UUID, Map<String, BigDecimal>> basicBySector,
			SortedMap<Integer, YearValue> population, SortedMap<Integer, YearValue> area,
			SortedMap<Integer, YearValue> gdp, SortedMap<Integer, YearValue> gdpPerCapita, List<TargetView> targets,
			CityPathways.@Nullable Progress progress) {

		/**
		 * Inhabitants of an inventory's year: the inventory's own figure, else the city's
		 * series.
		 */
		@Nullable Sourced population(PublishedTotals t) {
			if (t.population() != null && t.population().signum() > 0) {
				return new Sourced(t.population(),
						InputTrace.of("populationInventory", InputTrace.num(t.population())));
			}
			var v = this.population.get(t.year());
			var persons = v == null ? null : persons(v);
			if (persons == null || persons.signum() <= 0) {
				return null;
			}
			return new Sourced(persons,
					InputTrace.of("populationSeries", InputTrace.num(persons), t.year(), v.source()));
		}

		@Nullable Sourced gdpMillionUsd(int year, PublishedTotals t) {
			if (t.gdp() != null && t.gdpUnit() != null) {
				// the inventory keeps its GDP unit as text; one the registry does not
				// know
				// counts as no GDP, as before
				var m = RegistryUnit.ofCode(t.gdpUnit())
					.map((u) -> Quantity.of(t.gdp(), u).in(RegistryUnit.MILLION_USD))
					.orElse(null);
				if (m != null && m.signum() > 0) {
					return new Sourced(m,
							InputTrace.of("gdpInventory", InputTrace.num(t.gdp()), InputTrace.unit(t.gdpUnit())));
				}
			}
			var v = this.gdp.get(year);
			var m = v == null ? null : millionUsd(v);
			if (m == null || m.signum() <= 0) {
				return null;
			}
			return new Sourced(m, InputTrace.of("gdpSeries", InputTrace.num(v.value()),
					InputTrace.unit(v.unit().code()), year, v.source()));
		}

	}

	/** A figure and where it came from. */
	record Sourced(BigDecimal value, InputTrace from) {
	}

	/** One value: year, figure, inputs. */
	record Computed(int year, BigDecimal value, String from) {
	}

	abstract List<Computed> compute(Inputs in);

	static BigDecimal divide(BigDecimal a, BigDecimal b) {
		return a.divide(b, CompositeIndex.MC).stripTrailingZeros();
	}

	static @Nullable BigDecimal persons(YearValue v) {
		return v.quantity().in(RegistryUnit.PERSONS);
	}

	/**
	 * GDP in million US dollars; null for GDP in another currency (no exchange rates
	 * here).
	 */
	static @Nullable BigDecimal millionUsd(YearValue v) {
		return v.quantity().in(RegistryUnit.MILLION_USD);
	}

	static Map.@Nullable Entry<Integer, YearValue> nearestEarlier(SortedMap<Integer, YearValue> series, int year) {
		if (series.isEmpty()) {
			return null;
		}
		var upTo = series.headMap(year + 1);
		var key = upTo.isEmpty() ? series.firstKey() : upTo.lastKey();
		return Map.entry(key, series.get(key));
	}

	private static List<Computed> share(Inputs in, String sector) {
		var out = new ArrayList<Computed>();
		for (var t : in.published()) {
			var amount = in.basicBySector().getOrDefault(t.inventoryId(), Map.of()).get(sector);
			if (amount == null || t.basic().signum() == 0) {
				continue;
			}
			out.add(new Computed(t.year(), divide(amount.movePointRight(2), t.basic()),
					InputTrace.of("inventorySector", t.inventoryId(), t.year(), sector, InputTrace.num(amount))
						.then(InputTrace.DIVIDE)
						.then("basicTimesHundred", InputTrace.num(t.basic()))
						.stored()));
		}
		return out;
	}

	private static List<Computed> sectorPerInhabitant(Inputs in, String sector) {
		var out = new ArrayList<Computed>();
		for (var t : in.published()) {
			var amount = in.basicBySector().getOrDefault(t.inventoryId(), Map.of()).get(sector);
			var population = in.population(t);
			if (amount == null || population == null) {
				continue;
			}
			out.add(new Computed(t.year(), divide(amount, population.value()),
					InputTrace.of("inventorySector", t.inventoryId(), t.year(), sector, InputTrace.num(amount))
						.then(InputTrace.DIVIDE)
						.then(population.from())
						.stored()));
		}
		return out;
	}

}
