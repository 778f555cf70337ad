package org.lccp.experts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The roster entry form as posted: text as typed, checked by {@link ExpertRoster}. */
public record ExpertForm(@Nullable String name, @Nullable String headline, @Nullable String institution,
		@Nullable String country, @Nullable String biography, @Nullable List<String> topics,
		@Nullable List<String> sectors, @Nullable List<String> tools, @Nullable List<String> languages,
		@Nullable String countriesServed, @Nullable String availability, @Nullable String availableFrom,
		@Nullable String availableUntil, @Nullable List<String> publicFields, @Nullable String version) {

	static ExpertForm empty(String name) {
		return new ExpertForm(name, "", "", "", "", List.of(), List.of(), List.of(), List.of(), "", "AVAILABLE", "", "",
				List.of("INSTITUTION", "COUNTRY", "TOPICS", "LANGUAGES"), "");
	}

	static ExpertForm of(ExpertView e) {
		return new ExpertForm(e.name(), nz(e.headline()), nz(e.institution()), nz(e.country()), nz(e.biography()),
				e.topics().stream().map(Enum::name).toList(), List.copyOf(e.sectors()),
				e.tools().stream().map(Enum::name).toList(), List.copyOf(e.languages()),
				String.join(", ", e.countriesServed()), e.availability().name(),
				e.availableFrom() == null ? "" : e.availableFrom().toString(),
				e.availableUntil() == null ? "" : e.availableUntil().toString(),
				e.publicFields().stream().map(Enum::name).toList(), String.valueOf(e.version()));
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	public List<String> topicList() {
		return this.topics == null ? List.of() : this.topics;
	}

	public List<String> sectorList() {
		return this.sectors == null ? List.of() : this.sectors;
	}

	public List<String> toolList() {
		return this.tools == null ? List.of() : this.tools;
	}

	public List<String> languageList() {
		return this.languages == null ? List.of() : this.languages;
	}

	public List<String> publicFieldList() {
		return this.publicFields == null ? List.of() : this.publicFields;
	}

}
