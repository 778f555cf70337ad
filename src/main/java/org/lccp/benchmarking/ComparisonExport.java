package org.lccp.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.lccp.shared.web.TableFiles;

/**
 * A city's comparison as a table: one row per city and indicator, the value with its
 * year, origin and source (inputs in the reader's language), or "missing" where the city
 * has none. Text cells are safe against formula injection; values are numbers.
 */
final class ComparisonExport {

	static final List<String> HEADER = List.of("city_id", "city", "country", "role", "indicator", "indicator_name",
			"unit", "year", "value", "origin", "source");

	private ComparisonExport() {
	}

	static List<List<Object>> rows(CityBenchmarks.View view, Locale locale, UnaryOperator<String> sources) {
		var out = new ArrayList<List<Object>>();
		for (var row : view.rows()) {
			add(out, row.own(), row.indicator(), locale, sources);
			for (var cell : row.peers()) {
				add(out, cell, row.indicator(), locale, sources);
			}
		}
		return out;
	}

	private static void add(List<List<Object>> out, CityBenchmarks.Cell cell, Indicator indicator, Locale locale,
			UnaryOperator<String> sources) {
		var v = cell.value();
		out.add(List.of(cell.city().id().toString(), cell.city().name(locale), cell.city().countryCode(),
				cell.own() ? "city" : "peer", indicator.code(), indicator.name(locale), indicator.unit(),
				v == null ? "" : v.year(), v == null ? "" : v.value(), v == null ? "missing" : v.origin().name(),
				v == null ? "" : sources.apply(v.source())));
	}

	static byte[] csv(CityBenchmarks.View view, Locale locale, UnaryOperator<String> sources) {
		return TableFiles.csv(HEADER, rows(view, locale, sources));
	}

	static byte[] xlsx(CityBenchmarks.View view, Locale locale, UnaryOperator<String> sources) {
		return TableFiles.xlsx("comparison", HEADER, rows(view, locale, sources));
	}

}
