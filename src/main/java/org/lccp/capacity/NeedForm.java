package org.lccp.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.experts.Topic;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.Language;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The need form as posted. Choices, the country, dates and the origin's ids are typed: a
 * value that does not convert is the binder's {@code typeMismatch} field error; the rest
 * is checked by {@link CapacityManagement}.
 */
public record NeedForm(@Nullable String title, @Nullable String description, @Nullable List<Topic> topics,
		@Nullable Sector sector, @Nullable SupportKind kind, @Nullable List<Language> languages,
		@Nullable CountryCode country, @Nullable String audience, @Nullable String funding,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate wantedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate wantedUntil, @Nullable Long recommendation,
		@Nullable UUID study) {

	static NeedForm empty() {
		return new NeedForm("", "", List.of(), null, null, List.of(), null, "", "", null, null, null, null);
	}

	/** A form started from a peer-review recommendation or an analytical study. */
	static NeedForm from(@Nullable String title, @Nullable Long recommendation, @Nullable UUID study) {
		return new NeedForm(title == null ? "" : title, "", List.of(), null, null, List.of(), null, "", "", null, null,
				recommendation, study);
	}

	/** Names of the chosen topics, as the checkboxes compare them. */
	public List<String> topicList() {
		return this.topics == null ? List.of() : this.topics.stream().map(Enum::name).toList();
	}

	/** Codes of the chosen languages, as the checkboxes compare them. */
	public List<String> languageList() {
		return this.languages == null ? List.of() : this.languages.stream().map(Language::code).toList();
	}

}
