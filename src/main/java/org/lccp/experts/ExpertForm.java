package org.lccp.experts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.CountryCodes;
import org.lccp.shared.i18n.Language;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The roster entry form as posted. Choices, the country, the countries served and the
 * dates are typed: a value that does not convert is the binder's {@code typeMismatch}
 * field error; the rest is checked by {@link ExpertRoster}. The version stays text: a
 * form read before another change is refused as stale, whatever it holds.
 */
public record ExpertForm(@Nullable String name, @Nullable String headline, @Nullable String institution,
		@Nullable CountryCode country, @Nullable String biography, @Nullable List<Topic> topics,
		@Nullable List<Sector> sectors, @Nullable List<ExpertTool> tools, @Nullable List<Language> languages,
		@Nullable CountryCodes countriesServed, @Nullable Availability availability,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate availableFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate availableUntil,
		@Nullable List<PublicField> publicFields, @Nullable String version) {

	static ExpertForm empty(String name) {
		return new ExpertForm(name, "", "", null, "", List.of(), List.of(), List.of(), List.of(), CountryCodes.NONE,
				Availability.AVAILABLE, null, null,
				List.of(PublicField.INSTITUTION, PublicField.COUNTRY, PublicField.TOPICS, PublicField.LANGUAGES), "");
	}

	static ExpertForm of(ExpertView e) {
		return new ExpertForm(e.name(), nz(e.headline()), nz(e.institution()),
				(e.country() != null && Countries.isKnown(e.country())) ? new CountryCode(e.country()) : null,
				nz(e.biography()), List.copyOf(e.topics()),
				Arrays.stream(Sector.values()).filter((s) -> e.sectors().contains(s.name())).toList(),
				List.copyOf(e.tools()),
				Arrays.stream(Language.values()).filter((l) -> e.languages().contains(l.code())).toList(),
				new CountryCodes(List.copyOf(e.countriesServed())), e.availability(), e.availableFrom(),
				e.availableUntil(), List.copyOf(e.publicFields()), String.valueOf(e.version()));
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	/** Names of the chosen topics, as the checkboxes compare them. */
	public List<String> topicList() {
		return names(this.topics);
	}

	/** Names of the chosen sectors, as the checkboxes compare them. */
	public List<String> sectorList() {
		return names(this.sectors);
	}

	/** Names of the chosen tools, as the checkboxes compare them. */
	public List<String> toolList() {
		return names(this.tools);
	}

	/** Codes of the chosen languages, as the checkboxes compare them. */
	public List<String> languageList() {
		return this.languages == null ? List.of() : this.languages.stream().map(Language::code).toList();
	}

	/** Names of the fields shown to the public, as the checkboxes compare them. */
	public List<String> publicFieldList() {
		return names(this.publicFields);
	}

	private static List<String> names(@Nullable List<? extends Enum<?>> values) {
		return values == null ? List.of() : values.stream().map(Enum::name).toList();
	}

}
