package org.lccp.capacity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lccp.experts.Topic;
import org.lccp.shared.i18n.CountryCodes;
import org.lccp.shared.i18n.Language;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The offer form as posted. Choices, countries and dates are typed: a value that does not
 * convert is the binder's {@code typeMismatch} field error; the rest is checked by
 * {@link CapacityManagement}.
 */
public record OfferForm(@Nullable String title, @Nullable String provider, @Nullable String description,
		@Nullable List<Topic> topics, @Nullable List<SupportKind> kinds, @Nullable List<Language> languages,
		@Nullable CountryCodes countries,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate availableFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate availableUntil,
		@Nullable String costShared) {

	static OfferForm empty() {
		return new OfferForm("", "", "", List.of(), List.of(), List.of(), CountryCodes.NONE, null, null, "");
	}

	/** Names of the chosen topics, as the checkboxes compare them. */
	public List<String> topicList() {
		return this.topics == null ? List.of() : this.topics.stream().map(Enum::name).toList();
	}

	/** Names of the chosen kinds, as the checkboxes compare them. */
	public List<String> kindList() {
		return this.kinds == null ? List.of() : this.kinds.stream().map(Enum::name).toList();
	}

	/** Codes of the chosen languages, as the checkboxes compare them. */
	public List<String> languageList() {
		return this.languages == null ? List.of() : this.languages.stream().map(Language::code).toList();
	}

}
