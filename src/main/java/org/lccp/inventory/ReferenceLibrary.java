package org.lccp.inventory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The reference data every calculation draws on, read once from the files shipped in
 * {@code inventory/reference/} (see the README there for their sources): the GPC 1.1
 * emission-source rows, the IPCC 2006 default net calorific values and emission factors,
 * and the 100-year GWP sets.
 */
public final class ReferenceLibrary {

	private static final String FOLDER = "inventory/reference/";

	static final String IPCC_2006 = "IPCC 2006 Guidelines for National Greenhouse Gas Inventories";

	private static volatile @Nullable ReferenceLibrary shared;

	private final Map<String, GpcRow> rows;

	private final Map<String, Fuel> fuels;

	private final Map<String, Fuel> fuelAliases;

	private final Map<String, Map<String, BigDecimal>> gwp;

	private final Map<String, String> gasAliases;

	private ReferenceLibrary(Map<String, GpcRow> rows, Map<String, Fuel> fuels, Map<String, Fuel> fuelAliases,
			Map<String, Map<String, BigDecimal>> gwp, Map<String, String> gasAliases) {
		this.rows = rows;
		this.fuels = fuels;
		this.fuelAliases = fuelAliases;
		this.gwp = gwp;
		this.gasAliases = gasAliases;
	}

	/** The library as shipped; read once and shared (it never changes at run time). */
	public static ReferenceLibrary shipped() {
		var library = shared;
		if (library == null) {
			synchronized (ReferenceLibrary.class) {
				library = shared;
				if (library == null) {
					library = load();
					shared = library;
				}
			}
		}
		return library;
	}

	/** Every GPC row in the order of the GPC. */
	public Collection<GpcRow> rows() {
		return this.rows.values();
	}

	public Optional<GpcRow> row(String ref) {
		var exact = this.rows.get(ref);
		return Optional.ofNullable(exact != null ? exact : this.rows.get(ref.strip()));
	}

	/** Every fuel of the IPCC defaults, in the order of the file. */
	public Collection<Fuel> fuels() {
		return this.fuels.values();
	}

	/**
	 * A fuel by its IPCC name, case-insensitively, or by its short name ({@code LPG}).
	 */
	public Optional<Fuel> fuel(String name) {
		var exact = this.fuels.get(name);
		if (exact != null) {
			return Optional.of(exact);
		}
		return Optional.ofNullable(this.fuelAliases.get(name.strip().toLowerCase(Locale.ROOT)));
	}

	/** The canonical name of a gas ({@code CF4} for {@code PFC-14}), if it has a GWP. */
	public Optional<String> gas(String name) {
		return Optional.ofNullable(this.gasAliases.get(name.strip().toLowerCase(Locale.ROOT)));
	}

	/** Every gas with a GWP, canonical names. */
	public List<String> gases() {
		return this.gwp.keySet().stream().filter((g) -> !g.startsWith("CH4 (")).toList();
	}

	/**
	 * The GWP of a gas in a set; for methane in a split set the fossil or non-fossil
	 * value.
	 */
	public Optional<Gwp> gwp(String gas, GwpSet set, boolean biological) {
		var key = gas;
		if ("CH4".equals(gas) && set.split()) {
			key = biological ? NON_FOSSIL_CH4 : FOSSIL_CH4;
		}
		var values = this.gwp.get(key);
		if (values == null) {
			return Optional.empty();
		}
		var value = values.get(set.column());
		if (value == null) {
			return Optional.empty();
		}
		var label = key.equals(gas) ? gas : key;
		return Optional.of(new Gwp(label, value, CO2E.equals(gas) ? "already in CO2 equivalent" : gwpSource(set)));
	}

	static String gwpSource(GwpSet set) {
		return switch (set) {
			case SAR -> "IPCC Second Assessment Report (1995), 100-year GWP";
			case AR4 -> "IPCC Fourth Assessment Report (2007), WG I, Table 2.14, 100-year GWP";
			case AR5, AR5_SPLIT -> "IPCC Fifth Assessment Report (2013), WG I, Table 8.A.1, 100-year GWP";
			case AR6, AR6_SPLIT -> "IPCC Sixth Assessment Report (2021), WG I, Table 7.15 / 7.SM.7, 100-year GWP";
		};
	}

	/** A GWP value with the gas it applies to and its source. */
	public record Gwp(String gas, BigDecimal value, String source) {
	}

	/** A value of the IPCC defaults with its unit and where it comes from. */
	public record Value(BigDecimal value, String unit, String source) {
	}

	/** Which IPCC table applies the CH4 and N2O factors of a fuel to a GPC sub-sector. */
	public enum Use {

		ENERGY_INDUSTRIES("Energy industries", "I.4"), MANUFACTURING("Manufacturing", "I.3"),
		COMMERCIAL("Commercial", "I.2"), RESIDENTIAL_AGRICULTURE("Residential", "I.1", "I.5"),
		ROAD("Road transport", "II.1"), RAILWAYS("Railways", "II.2"), WATERBORNE("Waterborne", "II.3"),
		AVIATION("Civil aviation", "II.4"), OFF_ROAD("Off-road", "II.5");

		private final String prefix;

		private final List<String> subsectors;

		/** Each sub-sector's use, looked up once per line for three gases. */
		static final Map<String, Optional<Use>> BY_SUBSECTOR = new HashMap<>();

		static {
			for (var use : values()) {
				for (var subsector : use.subsectors) {
					BY_SUBSECTOR.put(subsector, Optional.of(use));
				}
			}
		}

		Use(String prefix, String... subsectors) {
			this.prefix = prefix;
			this.subsectors = List.of(subsectors);
		}

		static Optional<Use> ofSectorText(String text) {
			for (var use : values()) {
				if (text.startsWith(use.prefix)) {
					return Optional.of(use);
				}
			}
			return Optional.empty();
		}

		boolean mobile() {
			return this.subsectors.get(0).startsWith("II.");
		}

	}

	/**
	 * A fuel of the IPCC defaults.
	 *
	 * @param name the IPCC name
	 * @param biomass whether its CO2 is biogenic (reported outside the scopes)
	 * @param ncv net calorific value in TJ/Gg, if the defaults give one
	 * @param stationaryCo2 CO2 factor in kg/TJ for stationary combustion
	 * @param mobileCo2 CO2 factor in kg/TJ for mobile combustion
	 */
	public record Fuel(String name, boolean biomass, @Nullable Value ncv, @Nullable Value stationaryCo2,
			@Nullable Value mobileCo2, Map<Use, Value> methane, Map<Use, Value> nitrousOxide) {

		/** The default factor of a gas in kg/TJ for a GPC row, if the IPCC gives one. */
		Optional<Value> factor(String gas, GpcRow row) {
			var use = Use.BY_SUBSECTOR.getOrDefault(row.subsector(), Optional.empty());
			var mobile = use.map(Use::mobile).orElse(row.sector().equals("II"));
			return switch (gas) {
				case "CO2" -> Optional.ofNullable(mobile && this.mobileCo2 != null ? this.mobileCo2
						: this.stationaryCo2 != null ? this.stationaryCo2 : this.mobileCo2);
				case "CH4" -> use.map(this.methane::get);
				case "N2O" -> use.map(this.nitrousOxide::get);
				default -> Optional.empty();
			};
		}

		/** Gases the IPCC defaults give factors for. */
		static List<String> combustionGases() {
			return COMBUSTION_GASES;
		}

	}

	private static final List<String> COMBUSTION_GASES = List.of("CO2", "CH4", "N2O");

	/** Emissions given in tonnes of CO2 equivalent. */
	public static final String CO2E = "CO2e";

	static final String FOSSIL_CH4 = "CH4 (fossil origin)";

	static final String NON_FOSSIL_CH4 = "CH4 (non-fossil / biogenic)";

	static ReferenceLibrary load() {
		var rows = new LinkedHashMap<String, GpcRow>();
		for (var r : read("gpc_subsectors.csv")) {
			var ref = r.get("ref_no");
			var parts = ref.split("\\.");
			var subsector = parts.length >= 3 ? parts[0] + "." + parts[1] : ref;
			rows.put(ref,
					new GpcRow(ref, parts[0], subsector, Integer.parseInt(r.get("scope")), "Y".equals(r.get("basic")),
							"Y".equals(r.get("basic_plus")), r.get("first_required_level"), r.get("sector"),
							r.get("subsector"), r.get("emission_source")));
		}

		var builders = new LinkedHashMap<String, FuelBuilder>();
		for (var r : read("ipcc2006_emission_factors.csv")) {
			var fullName = r.get("fuel");
			var biomass = fullName.endsWith("(biomass)");
			var name = biomass ? fullName.substring(0, fullName.length() - "(biomass)".length()).strip() : fullName;
			var fuel = builders.computeIfAbsent(name, (n) -> new FuelBuilder(n, biomass));
			var value = new BigDecimal(r.get("value"));
			var source = IPCC_2006 + ", " + r.get("ipcc_table").replace("Vol2", "Vol. 2").replace("Ch", "ch. ");
			var sector = r.get("sector");
			switch (r.get("gas")) {
				case "NCV" -> fuel.ncv = new Value(value, "TJ/Gg", source);
				case "CO2" -> {
					if (sector.startsWith("Mobile")) {
						fuel.mobileCo2 = new Value(value, "kg/TJ", source);
					}
					else {
						fuel.stationaryCo2 = new Value(value, "kg/TJ", source);
					}
				}
				case "CH4" ->
					Use.ofSectorText(sector).ifPresent((u) -> fuel.methane.put(u, new Value(value, "kg/TJ", source)));
				case "N2O" -> Use.ofSectorText(sector)
					.ifPresent((u) -> fuel.nitrousOxide.put(u, new Value(value, "kg/TJ", source)));
				default -> throw new IllegalStateException("Unknown gas in the IPCC defaults: " + r.get("gas"));
			}
		}
		// Compressed natural gas is natural gas: its energy content per mass is the
		// natural
		// gas default (Table 1.2 gives none of its own).
		var cng = builders.get("Natural Gas (CNG)");
		var naturalGas = builders.get("Natural Gas");
		if (cng != null && naturalGas != null && cng.ncv == null) {
			cng.ncv = naturalGas.ncv;
		}
		var fuels = new LinkedHashMap<String, Fuel>();
		var aliases = new HashMap<String, Fuel>();
		for (var b : builders.values()) {
			var fuel = new Fuel(b.name, b.biomass, b.ncv, b.stationaryCo2, b.mobileCo2, Map.copyOf(b.methane),
					Map.copyOf(b.nitrousOxide));
			fuels.put(fuel.name(), fuel);
			aliases.put(fuel.name().toLowerCase(Locale.ROOT), fuel);
			if (fuel.biomass()) {
				aliases.put((fuel.name() + " (biomass)").toLowerCase(Locale.ROOT), fuel);
			}
			var open = fuel.name().indexOf('(');
			if (open > 0 && fuel.name().endsWith(")")) {
				aliases.putIfAbsent(fuel.name().substring(open + 1, fuel.name().length() - 1).toLowerCase(Locale.ROOT),
						fuel);
			}
		}

		var gwp = new LinkedHashMap<String, Map<String, BigDecimal>>();
		var gasAliases = new HashMap<String, String>();
		for (var r : read("gwp.csv")) {
			var gas = r.get("gas");
			var canonical = gas;
			String alias = null;
			if (!gas.startsWith("CH4")) {
				var open = gas.indexOf(" (");
				if (open > 0) {
					canonical = gas.substring(0, open);
					alias = gas.substring(open + 2, gas.length() - 1);
				}
			}
			var values = new HashMap<String, BigDecimal>();
			for (var column : List.of("SAR", "AR4", "AR5", "AR6")) {
				var text = r.get(column);
				if (!text.isBlank()) {
					values.put(column, new BigDecimal(text.strip()));
				}
			}
			gwp.put(canonical, Map.copyOf(values));
			if (!canonical.startsWith("CH4 (")) {
				gasAliases.put(canonical.toLowerCase(Locale.ROOT), canonical);
				gasAliases.put(gas.toLowerCase(Locale.ROOT), canonical);
				if (alias != null) {
					gasAliases.put(alias.toLowerCase(Locale.ROOT), canonical);
				}
			}
		}
		// Emissions already in CO2 equivalent (a city that only has results): weight 1 in
		// every set, by definition.
		gwp.put(CO2E,
				Map.of("SAR", BigDecimal.ONE, "AR4", BigDecimal.ONE, "AR5", BigDecimal.ONE, "AR6", BigDecimal.ONE));
		gasAliases.put("co2e", CO2E);
		gasAliases.put("co2eq", CO2E);
		gasAliases.put("co2-eq", CO2E);
		return new ReferenceLibrary(rows, fuels, aliases, gwp, gasAliases);
	}

	private static List<CSVRecord> read(String file) {
		var resource = ReferenceLibrary.class.getClassLoader().getResourceAsStream(FOLDER + file);
		if (resource == null) {
			throw new IllegalStateException("Reference file missing: " + FOLDER + file);
		}
		try (var reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
			return new ArrayList<>(
					CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class FuelBuilder {

		final String name;

		final boolean biomass;

		@Nullable Value ncv;

		@Nullable Value stationaryCo2;

		@Nullable Value mobileCo2;

		final Map<Use, Value> methane = new EnumMap<>(Use.class);

		final Map<Use, Value> nitrousOxide = new EnumMap<>(Use.class);

		FuelBuilder(String name, boolean biomass) {
			this.name = name;
			this.biomass = biomass;
		}

	}

}
