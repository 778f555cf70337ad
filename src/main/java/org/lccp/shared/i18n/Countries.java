package org.lccp.shared.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * ISO 3166-1 alpha-2 countries with names in the reader's language, taken from the JDK's
 * CLDR data so that the six UI languages get native country names without a table of our
 * own.
 */
public final class Countries {

	/** The six member States of NEASPEC, listed first in every country choice. */
	public static final List<String> NEASPEC_MEMBERS = List.of("CN", "JP", "KR", "KP", "MN", "RU");

	private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	private Countries() {
	}

	public static boolean isKnown(String code) {
		return code != null && ISO_CODES.contains(code);
	}

	public static String name(String code, Locale locale) {
		if (!isKnown(code)) {
			return code == null ? "" : code;
		}
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	/**
	 * Member States first, then every other country sorted by its name in the given
	 * language.
	 */
	public static List<Country> choices(Locale locale) {
		return CHOICES.computeIfAbsent(Language.of(locale), (language) -> sortedChoices(language.locale()));
	}

	private static List<Country> sortedChoices(Locale locale) {
		var collator = Collator.getInstance(locale);
		var members = NEASPEC_MEMBERS.stream().map((c) -> new Country(c, name(c, locale)));
		var others = ISO_CODES.stream()
			.filter((c) -> !NEASPEC_MEMBERS.contains(c))
			.map((c) -> new Country(c, name(c, locale)))
			.sorted(Comparator.comparing(Country::name, collator));
		return Stream.concat(members, others).toList();
	}

	/** Sorting by collation is slow; the lists never change while the platform runs. */
	private static final Map<Language, List<Country>> CHOICES = new ConcurrentHashMap<>();

	/** A country code with its display name in one language. */
	public record Country(String code, String name) {
	}

}
