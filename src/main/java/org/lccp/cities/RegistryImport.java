package org.lccp.cities;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.lccp.opendata.ImportFiles;
import org.lccp.opendata.OpenDataImport;
import org.lccp.opendata.OpenDataImport.Problem;
import org.lccp.opendata.OpenDataImport.Progress;
import org.lccp.opendata.OpenDataImport.ReadFile;
import org.lccp.opendata.OpenDataImport.Result;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Imports cities or targets from CSV or XLSX. Every row is checked first and every
 * problem reported by row and column; only a file without problems is stored, all rows in
 * one transaction. The open-data module runs these imports as background jobs
 * ({@link OpenDataImport}); the rules are the registry's.
 */
@Component
class RegistryImport {

	static final List<String> CITY_COLUMNS = List.of("country", "locode", "name_en", "name_zh", "name_ja", "name_ko",
			"name_ru", "name_mn", "name_native", "admin_level", "latitude", "longitude", "source");

	static final List<String> TARGET_COLUMNS = List.of("country", "city", "type", "neutrality_kind", "title",
			"base_year", "base_value", "target_year", "target_value", "reduction_percent", "reduction_percent_high",
			"unit", "gases", "sectors", "scopes", "conditional", "status", "policy", "source_document", "source_page",
			"source_link", "value_description");

	private static final Map<String, String> CITY_FIELDS = Map.ofEntries(Map.entry("countryCode", "country"),
			Map.entry("locode", "locode"), Map.entry("nameEn", "name_en"), Map.entry("nameZh", "name_zh"),
			Map.entry("nameJa", "name_ja"), Map.entry("nameKo", "name_ko"), Map.entry("nameRu", "name_ru"),
			Map.entry("nameMn", "name_mn"), Map.entry("nameNative", "name_native"),
			Map.entry("adminLevel", "admin_level"), Map.entry("latitude", "latitude"),
			Map.entry("longitude", "longitude"), Map.entry("source", "source"));

	private final CityDirectory cities;

	private final TargetRegistry targets;

	private final Validator validator;

	RegistryImport(CityDirectory cities, TargetRegistry targets, Validator validator) {
		this.cities = cities;
		this.targets = targets;
		this.validator = validator;
	}

	Result run(ImportKind kind, @Nullable String filename, InputStream content, boolean dryRun) {
		var file = read(kind, filename, content);
		if (!file.problems().isEmpty()) {
			return Result.failed(file.problems());
		}
		return run(kind, file.rows(), dryRun, Progress.NONE);
	}

	/** Reads the file and checks its columns; rows are checked by {@link #run}. */
	ReadFile read(ImportKind kind, @Nullable String filename, InputStream content) {
		List<Map<String, String>> rows;
		try {
			rows = ImportFiles.rows(filename, content);
		}
		catch (IOException | RuntimeException ex) {
			return new ReadFile(List.of(), List.of(new Problem(0, "", "cities.import.error.unreadable")));
		}
		if (rows.isEmpty()) {
			return new ReadFile(List.of(), List.of(new Problem(0, "", "cities.import.error.empty")));
		}
		var columns = kind == ImportKind.CITIES ? CITY_COLUMNS : TARGET_COLUMNS;
		var problems = new ArrayList<Problem>();
		for (var column : List.of(columns.get(0), kind == ImportKind.CITIES ? "name_en" : "type")) {
			if (!rows.get(0).containsKey(column)) {
				problems.add(new Problem(1, column, "cities.import.error.missingColumn", column));
			}
		}
		return new ReadFile(problems.isEmpty() ? rows : List.of(), problems);
	}

	/**
	 * Checks every row and, unless a dry run, stores all of them in one transaction if
	 * none has a problem; tells {@code progress} how far it got.
	 */
	Result run(ImportKind kind, List<Map<String, String>> rows, boolean dryRun, Progress progress) {
		return kind == ImportKind.CITIES ? importCities(rows, dryRun, progress) : importTargets(rows, dryRun, progress);
	}

	private Result importCities(List<Map<String, String>> rows, boolean dryRun, Progress progress) {
		var problems = new ArrayList<Problem>();
		var details = new ArrayList<CityDetails>();
		var seen = new HashSet<String>();
		for (int i = 0; i < rows.size(); i++) {
			var line = i + 2;
			var row = new Row(rows.get(i), line, problems);
			var d = new CityDetails(upper(row.text("country")), upper(row.text("locode")), orEmpty(row.text("name_en")),
					row.text("name_zh"), row.text("name_ja"), row.text("name_ko"), row.text("name_ru"),
					row.text("name_mn"), row.text("name_native"),
					row.parse("admin_level", (v) -> AdminLevel.valueOf(v.toUpperCase(Locale.ROOT))),
					row.parse("latitude", BigDecimal::new), row.parse("longitude", BigDecimal::new),
					row.text("source"));
			for (var violation : this.validator.validate(d)) {
				var field = violation.getPropertyPath().toString();
				problems.add(new Problem(line, CITY_FIELDS.getOrDefault(field, field), violation.getMessage()));
			}
			var key = d.countryCode() + "/" + d.nameEn().toLowerCase(Locale.ROOT);
			if (!d.nameEn().isBlank() && d.countryCode() != null
					&& (!seen.add(key) || this.cities.findCity(d.countryCode(), d.nameEn()) != null)) {
				problems.add(new Problem(line, "name_en", "cities.import.error.duplicate"));
			}
			details.add(d);
			progress.validated(i + 1);
		}
		if (!problems.isEmpty()) {
			return Result.failed(problems);
		}
		if (!dryRun) {
			progress.applying();
			this.cities.importCities(details, progress::applied);
		}
		return new Result(details.size(), List.of(), !dryRun);
	}

	private Result importTargets(List<Map<String, String>> rows, boolean dryRun, Progress progress) {
		var problems = new ArrayList<Problem>();
		var targets = new ArrayList<TargetRegistry.ImportedTarget>();
		for (int i = 0; i < rows.size(); i++) {
			var line = i + 2;
			var row = new Row(rows.get(i), line, problems);
			var country = upper(row.text("country"));
			var cityName = row.text("city");
			UUID cityId = null;
			if (cityName != null && country != null) {
				cityId = this.cities.findCity(country, cityName);
				if (cityId == null) {
					problems.add(new Problem(line, "city", "cities.import.error.unknownCity", cityName, country));
				}
			}
			if (country == null || !country.matches("[A-Z]{2}")) {
				problems.add(new Problem(line, "country", "cities.city.error.country"));
			}
			var status = row.parse("status", (v) -> TargetStatus.valueOf(v.toUpperCase(Locale.ROOT)));
			var type = row.parse("type", (v) -> TargetType.valueOf(v.toUpperCase(Locale.ROOT)));
			var unit = RegistryUnit.ofCode(row.text("unit"));
			if (row.text("unit") != null && unit.isEmpty()) {
				var refused = TargetRules.unitRefused(type == null ? TargetType.OTHER : type);
				problems.add(new Problem(line, "unit", refused.key(), refused.args()));
			}
			var d = new TargetDetails(type,
					row.parse("neutrality_kind", (v) -> NeutralityKind.valueOf(v.toUpperCase(Locale.ROOT))),
					orEmpty(row.text("title")), row.parse("base_year", Integer::valueOf),
					row.parse("base_value", BigDecimal::new), row.parse("target_year", Integer::valueOf),
					row.parse("target_value", BigDecimal::new), row.parse("reduction_percent", BigDecimal::new),
					row.parse("reduction_percent_high", BigDecimal::new), unit.orElse(null),
					row.text("value_description"), row.text("gases"), row.text("sectors"), row.text("scopes"),
					"true".equalsIgnoreCase(row.text("conditional")), status == null ? TargetStatus.ADOPTED : status,
					null, row.text("policy"), orEmpty(row.text("source_document")), row.text("source_page"),
					row.text("source_link"));
			for (var violation : this.validator.validate(d)) {
				problems.add(new Problem(line, column(violation.getPropertyPath().toString()), violation.getMessage()));
			}
			if (d.type() != null) {
				for (var v : TargetRules.check(d)) {
					// an unknown unit reads as none: reported once, as unknown
					if (!(v.field().equals("unit") && unit.isEmpty() && row.text("unit") != null)) {
						problems.add(new Problem(line, column(v.field()), v.key(), v.args()));
					}
				}
			}
			targets.add(new TargetRegistry.ImportedTarget(cityId, country, d));
			progress.validated(i + 1);
		}
		if (!problems.isEmpty()) {
			return Result.failed(problems);
		}
		if (!dryRun) {
			progress.applying();
			this.targets.importTargets(targets, progress::applied);
		}
		return new Result(targets.size(), List.of(), !dryRun);
	}

	/** The file column of a record component: {@code baseYear} → {@code base_year}. */
	static String column(String field) {
		return field.replaceAll("([A-Z])", "_$1")
			.toLowerCase(Locale.ROOT)
			.replace("source_document", "source_document");
	}

	private static @Nullable String upper(@Nullable String value) {
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** One row of the file, reporting values it cannot parse. */
	private record Row(Map<String, String> values, int line, List<Problem> problems) {

		@Nullable String text(String column) {
			var value = this.values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

		<T> @Nullable T parse(String column, Function<String, T> parser) {
			var value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return parser.apply(value);
			}
			catch (RuntimeException ex) {
				this.problems.add(new Problem(this.line, column, "cities.import.error.value"));
				return null;
			}
		}

	}

	/** The import of one kind of registry records, as the open-data module runs it. */
	OpenDataImport of(ImportKind kind) {
		return new OpenDataImport() {
			@Override
			public String kind() {
				return kind.name();
			}

			@Override
			public ReadFile read(@Nullable String filename, InputStream content) {
				return RegistryImport.this.read(kind, filename, content);
			}

			@Override
			public Result run(List<Map<String, String>> rows, boolean dryRun, Progress progress) {
				return RegistryImport.this.run(kind, rows, dryRun, progress);
			}
		};
	}

	/** The registry's imports, offered to the open-data module's import jobs. */
	@Configuration(proxyBeanMethods = false)
	static class Imports {

		@Bean
		OpenDataImport citiesImport(RegistryImport imports) {
			return imports.of(ImportKind.CITIES);
		}

		@Bean
		OpenDataImport targetsImport(RegistryImport imports) {
			return imports.of(ImportKind.TARGETS);
		}

	}

}
