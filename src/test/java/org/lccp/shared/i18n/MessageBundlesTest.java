package org.lccp.shared.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lccp.mail.Mailer;
import org.lccp.membership.ApplicationState;
import org.lccp.membership.InstitutionStatus;
import org.lccp.membership.InstitutionType;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the six languages complete: the same keys everywhere, real translations, valid
 * message formats, and a text for every key the templates and the code ask for.
 */
class MessageBundlesTest {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	static final List<String> TRANSLATIONS = List.of("zh", "ja", "ko", "ru", "mn");

	/** Values that are the same in every language: names, acronyms, addresses. */
	static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("LCCP");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void theMergedBundlesGiveEveryModulesTextsAsMessageFormatReadsThem() {
		var source = new MessageBundles().messageSource();
		var english = java.util.Locale.ENGLISH;
		var russian = java.util.Locale.forLanguageTag("ru");

		assertThat(source.getMessage("cities.chart.facts", null, english))
			.as("two apostrophes are one, without arguments too")
			.isEqualTo("Chart of the city's facts over time");
		assertThat(source.getMessage("cities.chart.facts", null, english))
			.isEqualTo(source.getMessage("cities.chart.facts", new Object[0], english));
		assertThat(source.getMessage("knowledge.search.found", new Object[] { 3, 5 }, english))
			.isEqualTo("3 found (5 ms)");
		assertThat(source.getMessage("layout.nav.members", null, russian))
			.isNotEqualTo(source.getMessage("layout.nav.members", null, english));
		assertThat(source.getMessage("layout.nav.members", null, java.util.Locale.forLanguageTag("fr")))
			.as("a language without texts reads English")
			.isEqualTo(source.getMessage("layout.nav.members", null, english));
		assertThat(source.getMessage("no.such.key", null, "fallback", english)).isEqualTo("fallback");
	}

	@Test
	void everyBundleHasAllSixLanguagesWithTheSameKeys() throws IOException {
		for (var base : bundleNames()) {
			var english = load(base, null);
			assertThat(english).as(base).isNotEmpty();
			for (var language : TRANSLATIONS) {
				var translated = load(base, language);
				assertThat(translated.keySet()).as("keys of %s_%s", base, language).isEqualTo(english.keySet());
			}
		}
	}

	@Test
	void everyTextIsTranslatedAndNotACopyOfTheEnglish() throws IOException {
		var copies = new ArrayList<String>();
		for (var base : bundleNames()) {
			var english = load(base, null);
			for (var language : TRANSLATIONS) {
				var translated = load(base, language);
				english.forEach((key, value) -> {
					var other = translated.get(key);
					if (other == null || other.isBlank()) {
						copies.add(base + "_" + language + ": " + key + " is empty");
					}
					else if (other.equals(value) && value.matches(".*\\p{L}{3,}.*")
							&& !SAME_IN_EVERY_LANGUAGE.contains(value)) {
						copies.add(base + "_" + language + ": " + key + " = " + value);
					}
				});
			}
		}
		assertThat(copies).as("untranslated texts").isEmpty();
	}

	@Test
	void everyTextIsAValidMessageFormatWithTheSamePlaceholdersAsTheEnglish() throws IOException {
		var problems = new ArrayList<String>();
		for (var base : bundleNames()) {
			var english = load(base, null);
			for (var language : Stream.concat(Stream.of("en"), TRANSLATIONS.stream()).toList()) {
				var texts = "en".equals(language) ? english : load(base, language);
				texts.forEach((key, value) -> {
					try {
						new MessageFormat(value, Locale.forLanguageTag(language));
					}
					catch (IllegalArgumentException ex) {
						problems.add(base + "_" + language + ": " + key + " is not a valid message format");
					}
					if (!placeholders(value).equals(placeholders(english.get(key)))) {
						problems.add(base + "_" + language + ": " + key + " has other placeholders than English");
					}
					if (value.replace("''", "").contains("'")) {
						problems.add(base + "_" + language + ": " + key + " has a single apostrophe; write ''");
					}
				});
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		var known = allKeys();
		var missing = new TreeSet<String>();
		var literalKey = Pattern.compile("#\\{([A-Za-z][\\w.]*[\\w])[}(]");
		var fragmentArgument = Pattern.compile("'([a-z][a-zA-Z]*\\.[a-zA-Z.]*[a-zA-Z])'");
		try (var files = Files.walk(TEMPLATES)) {
			for (var file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				var text = Files.readString(file);
				var keys = literalKey.matcher(text);
				while (keys.find()) {
					if (!known.contains(keys.group(1))) {
						missing.add(file.getFileName() + ": " + keys.group(1));
					}
				}
				var arguments = fragmentArgument.matcher(text);
				while (arguments.find()) {
					var key = arguments.group(1);
					if (!known.contains(key) && !key.startsWith("fragments.")) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		var known = allKeys();
		var missing = new TreeSet<String>();
		var prefixes = String.join("|", "identity", "membership", "mail", "files", "validation", "error", "common");
		var literal = Pattern.compile("\"((?:" + prefixes + ")\\.[A-Za-z][\\w.]*[A-Za-z])\"");
		var annotation = Pattern.compile("\\{((?:" + prefixes + ")\\.[A-Za-z][\\w.]*)\\}");
		try (var files = Files.walk(SOURCES)) {
			for (var file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				var text = Files.readString(file);
				for (var pattern : List.of(literal, annotation)) {
					var keys = pattern.matcher(text);
					while (keys.find()) {
						var key = keys.group(1);
						// Mail keys are stems: subject and body hang below them.
						var found = known.contains(key)
								|| (known.contains(key + ".subject") && known.contains(key + ".body"));
						if (!found) {
							missing.add(file.getFileName() + ": " + key);
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownOnAPageHasALabel() throws IOException {
		var known = allKeys();
		var labelled = List.<Class<? extends Enum<?>>>of(Role.class, ActivityArea.class, Sector.class,
				InstitutionType.class, ApplicationState.class, InstitutionStatus.class);
		var missing = new TreeSet<String>();
		for (var type : labelled) {
			for (var constant : type.getEnumConstants()) {
				var key = type.getSimpleName() + "." + constant.name();
				if (!known.contains(key)) {
					missing.add(key);
				}
			}
		}
		for (var state : ApplicationState.values()) {
			if (!known.contains("membership.application.explain." + state.name())) {
				missing.add("membership.application.explain." + state.name());
			}
		}
		for (var status : List.of("PENDING", "SENT", "FAILED", "HELD")) {
			if (!known.contains("MailStatus." + status)) {
				missing.add("MailStatus." + status);
			}
		}
		for (var code : List.of(400, 401, 403, 404, 405, 409, 413, 429, 500)) {
			for (var part : List.of("title", "text")) {
				if (!known.contains("error." + code + "." + part)) {
					missing.add("error." + code + "." + part);
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(Mailer.class).isInterface();
	}

	static List<String> bundleNames() throws IOException {
		try (var files = Files.list(BUNDLES)) {
			return files.map((f) -> f.getFileName().toString())
				.filter((n) -> n.endsWith(".properties") && !n.contains("_"))
				.map((n) -> n.substring(0, n.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	static Map<String, String> load(String base, String language) throws IOException {
		var file = BUNDLES.resolve(language == null ? base + ".properties" : base + "_" + language + ".properties");
		assertThat(file).as("bundle file").exists();
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		var map = new TreeMap<String, String>();
		properties.forEach((k, v) -> map.put((String) k, (String) v));
		return map;
	}

	static Set<String> allKeys() throws IOException {
		var keys = new TreeSet<String>();
		for (var base : bundleNames()) {
			keys.addAll(load(base, null).keySet());
		}
		return keys;
	}

	static Set<String> placeholders(String text) {
		var found = new TreeSet<String>();
		var matcher = PLACEHOLDER.matcher(text == null ? "" : text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
